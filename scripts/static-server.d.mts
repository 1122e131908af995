/** Serves `directory` on 127.0.0.1 (an ephemeral port unless given). */
export declare const serveDirectory: (
  directory: string,
  port?: number,
) => Promise<{ url: string; close: () => Promise<void> }>;
