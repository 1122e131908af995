import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Configuration } from 'webpack';
import webpack from 'webpack';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Stats {
  entrypoints: Record<string, { assets: Array<{ name: string } | string> }>;
  outputPath?: string;
}

/**
 * The production bundle through webpack's Node API, built as the preview build (build/preview/:
 * the same production bundles plus the preview page the render figures load), so it needs no
 * address and leaves dist/ alone. With a hidden source map: the .js files are byte for byte what
 * ships; the map only lets the bench say which package each byte came from.
 */
const build = async (root: string): Promise<Stats> => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is CommonJS
  const makeConfig = require(join(root, 'webpack.config.js')) as (env: object, argv: object) => Configuration;
  const compiler = webpack({ ...makeConfig({ preview: true }, { mode: 'production' }), devtool: 'hidden-source-map' });
  return new Promise((done, fail) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || !stats || stats.hasErrors()) {
        fail(error ?? new Error(stats?.toString('errors-only') ?? 'webpack failed'));
        return;
      }
      done(stats.toJson({ all: false, entrypoints: true, outputPath: true }) as unknown as Stats);
    }),
  );
};

export interface BundleFigures {
  readonly gzipKB: number;
  readonly rawKB: number;
  readonly files: readonly string[];
  /** The largest packages (or our own folders) in the pane's minified bundle, by the bytes they make up in it. */
  readonly largest: ReadonlyArray<{ name: string; kb: number }>;
  /**
   * The check's Web Worker (statustabel-check.*.js): not part of the pane's first load (it is
   * fetched at the first table over 2,000 rows), but downloaded then, so counted apart.
   */
  readonly workerGzipKB: number;
}

const packageOf = (source: string): string => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (m?.[1]) return m[1];
  const own = /(src\/[^/]+)/.exec(source);
  return own?.[1] ?? source;
};

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The numbers of one Base64 VLQ segment of a source map's `mappings`. */
const decodeSegment = (segment: string): number[] => {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >> 1) : value >> 1);
    value = 0;
    shift = 0;
  }
  return values;
};

/**
 * Bytes of generated code per source file: each mapping segment owns the columns up to the next
 * segment on its line (source-map spec v3: columns and source indexes are deltas).
 */
const bytesBySource = (map: { sources: string[]; mappings: string }, code: string): Map<string, number> => {
  const lines = code.split('\n');
  const bytes = new Map<string, number>();
  let source = 0;
  map.mappings.split(';').forEach((line, index) => {
    let column = 0;
    const segments = line === '' ? [] : line.split(',').map(decodeSegment);
    const starts: { column: number; source: number | undefined }[] = [];
    for (const values of segments) {
      column += values[0] ?? 0;
      if (values.length >= 4) source += values[1] ?? 0;
      starts.push({ column, source: values.length >= 4 ? source : undefined });
    }
    const length = lines[index]?.length ?? 0;
    starts.forEach((start, i) => {
      const end = starts[i + 1]?.column ?? length;
      const name = start.source === undefined ? '(webpack)' : (map.sources[start.source] ?? '?');
      bytes.set(name, (bytes.get(name) ?? 0) + Math.max(0, end - start.column));
    });
  });
  return bytes;
};

/** Builds the production bundle and measures the task pane's JavaScript, gzipped as a server would send it. */
export const measureBundle = async (root: string): Promise<BundleFigures> => {
  const stats = await build(root);
  const entry = stats.entrypoints['taskpane'];
  if (!entry) throw new Error('no taskpane entry in the webpack stats');
  const outDir = stats.outputPath ?? join(root, 'build/preview');
  const files = entry.assets.map((a) => (typeof a === 'string' ? a : a.name)).filter((name) => name.endsWith('.js'));
  let raw = 0;
  let gzip = 0;
  const sizes = new Map<string, number>();
  for (const file of files) {
    const code = readFileSync(join(outDir, file), 'utf8');
    raw += Buffer.byteLength(code);
    gzip += gzipSync(code, { level: 9 }).length;
    const mapFile = join(outDir, `${file}.map`);
    if (!existsSync(mapFile)) continue;
    for (const [source, n] of bytesBySource(JSON.parse(readFileSync(mapFile, 'utf8')), code)) {
      sizes.set(packageOf(source), (sizes.get(packageOf(source)) ?? 0) + n);
    }
  }
  const workerFiles = readdirSync(outDir).filter((name) => /^statustabel-check\..*\.js$/.test(name));
  const workerGzip = workerFiles.reduce((n, file) => n + gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length, 0);
  const largest = [...sizes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([name, bytes]) => ({ name, kb: Math.round(bytes / 102.4) / 10 }));
  return {
    gzipKB: Math.round(gzip / 102.4) / 10,
    rawKB: Math.round(raw / 102.4) / 10,
    files,
    largest,
    workerGzipKB: Math.round(workerGzip / 102.4) / 10,
  };
};
