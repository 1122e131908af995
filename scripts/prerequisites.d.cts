export type Found = { readonly path: string; readonly missing?: undefined; readonly channel?: undefined };
export type Channel = { readonly channel: string; readonly path?: undefined; readonly missing?: undefined };
export type Missing = { readonly missing: string; readonly path?: undefined; readonly channel?: undefined };
export type ToolName = 'browser' | 'libreoffice' | 'nginx';

export declare const find: (name: ToolName) => Found | Missing;
export declare const ensure: (
  names: readonly ToolName[],
  options?: { log?: (line: string) => void; browserChannel?: () => Promise<string | undefined> },
) => Promise<Record<ToolName, Found | Channel | Missing>>;
export declare const ensureDependencies: (log?: (line: string) => void) => boolean;
export declare const missingLine: (name: ToolName) => string;
export declare const hasApt: () => boolean;
