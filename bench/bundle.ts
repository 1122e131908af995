import { readFileSync } from 'node:fs';
import type { Configuration } from 'webpack';
import webpack from 'webpack';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface StatsModule {
  name: string;
  size: number;
  chunks?: Array<string | number>;
  /** The parts of a concatenated module. */
  modules?: StatsModule[];
}

interface Stats {
  entrypoints: Record<string, { assets: Array<{ name: string } | string>; chunks: Array<string | number> }>;
  modules?: StatsModule[];
  outputPath?: string;
}

/**
 * The production bundle through webpack's Node API, with the stats the config's CLI preset leaves
 * out. Built as the preview build (build/preview/: the same production bundles plus the preview
 * page the render figure loads), so it needs no address and leaves dist/ alone.
 */
const build = async (root: string): Promise<Stats> => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is CommonJS
  const makeConfig = require(join(root, 'webpack.config.js')) as (env: object, argv: object) => Configuration;
  const compiler = webpack(makeConfig({ preview: true }, { mode: 'production' }));
  return new Promise((done, fail) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || !stats || stats.hasErrors()) {
        fail(error ?? new Error(stats?.toString('errors-only') ?? 'webpack failed'));
        return;
      }
      done(stats.toJson({ all: false, entrypoints: true, chunks: false, modules: true, nestedModules: true, outputPath: true, ids: true }) as unknown as Stats);
    }),
  );
};

export interface BundleFigures {
  readonly gzipKB: number;
  readonly rawKB: number;
  readonly files: readonly string[];
  /** The largest packages (or our own folders) in the pane's bundle, by their source bytes before minifying. */
  readonly largest: ReadonlyArray<{ name: string; kb: number }>;
}

const packageOf = (moduleName: string): string => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(moduleName);
  if (m?.[1]) return m[1];
  const own = /^\.\/(src\/[^/]+)/.exec(moduleName);
  return own?.[1] ?? moduleName.split(' ')[0] ?? moduleName;
};

/** Builds the production bundle and measures the task pane's JavaScript, gzipped as a server would send it. */
export const measureBundle = async (root: string): Promise<BundleFigures> => {
  const stats = await build(root);
  const entry = stats.entrypoints['taskpane'];
  if (!entry) throw new Error('no taskpane entry in the webpack stats');
  const files = entry.assets.map((a) => (typeof a === 'string' ? a : a.name)).filter((name) => name.endsWith('.js'));
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(stats.outputPath ?? join(root, 'dist'), file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  const sizes = new Map<string, number>();
  const chunks = new Set(entry.chunks);
  const ours = (stats.modules ?? []).filter((m) => (m.chunks ?? []).some((c) => chunks.has(c)));
  const leaves = (m: StatsModule): StatsModule[] => (m.modules?.length ? m.modules.flatMap(leaves) : [m]);
  for (const m of ours.flatMap(leaves)) sizes.set(packageOf(m.name), (sizes.get(packageOf(m.name)) ?? 0) + m.size);
  const largest = [...sizes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([name, bytes]) => ({ name, kb: Math.round(bytes / 102.4) / 10 }));
  return { gzipKB: Math.round(gzip / 102.4) / 10, rawKB: Math.round(raw / 102.4) / 10, files, largest };
};
