import type { Browser } from 'playwright-core';

export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: readonly string[];
export declare const CHANNELS: readonly string[];
export declare class MissingBrowser extends Error {}
export declare const installedChannel: () => Promise<string | undefined>;
export declare const launchBrowser: (options?: { args?: readonly string[] }) => Promise<{ browser: Browser; name: string }>;
