export declare const DEV_URL: string;
export declare const manifestVersion: (packageVersion: string) => string;
export declare const normalizeAddress: (raw: string) => string;
export declare const manifestUrls: (xml: string) => string[];
export declare const isNamespace: (url: string) => boolean;
export declare const manifestFor: (template: string, options: { address: string; version: string }) => string;
