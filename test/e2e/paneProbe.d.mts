import type { Browser, Page } from 'playwright-core';

export interface LongTask {
  readonly start: number;
  readonly duration: number;
  /** It overlaps the host's reading of the document (a "statustabel-read" span). */
  readonly read: boolean;
}

export declare const recordLongTasks: (page: Page) => Promise<void>;
export declare const takeLongTasks: (page: Page) => Promise<LongTask[]>;
export declare const workThrough10000Rows: (
  browser: Browser,
  base: string,
  viewport?: { width: number; height: number },
) => Promise<{
  steps: { step: string; tasks: LongTask[] }[];
  paneMs: number;
  readMs: number;
  supported: boolean;
}>;
