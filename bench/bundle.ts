import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Stats {
  entrypoints: Record<string, { assets: Array<{ name: string } | string>; chunks: Array<string | number> }>;
  modules?: Array<{ name: string; size: number; chunks?: Array<string | number> }>;
  outputPath: string;
}

export interface BundleFigures {
  readonly gzipKB: number;
  readonly rawKB: number;
  readonly files: readonly string[];
  /** The largest packages (or our own folders) in the pane's bundle, by minified bytes. */
  readonly largest: ReadonlyArray<{ name: string; kb: number }>;
}

const packageOf = (moduleName: string): string => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(moduleName);
  if (m?.[1]) return m[1];
  const own = /^\.\/(src\/[^/]+)/.exec(moduleName);
  return own?.[1] ?? moduleName.split(' ')[0] ?? moduleName;
};

/** Builds the production bundle and measures the task pane's JavaScript, gzipped as a server would send it. */
export const measureBundle = (root: string): BundleFigures => {
  const statsFile = join(root, 'dist', 'bench-stats.json');
  execFileSync('npx', ['webpack', '--mode', 'production', '--json', statsFile], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as Stats;
  const entry = stats.entrypoints['taskpane'];
  if (!entry) throw new Error('no taskpane entry in the webpack stats');
  const files = entry.assets.map((a) => (typeof a === 'string' ? a : a.name)).filter((name) => name.endsWith('.js'));
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(stats.outputPath, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  const sizes = new Map<string, number>();
  const chunks = new Set(entry.chunks);
  const ours = (stats.modules ?? []).filter((m) => (m.chunks ?? []).some((c) => chunks.has(c)));
  for (const m of ours) sizes.set(packageOf(m.name), (sizes.get(packageOf(m.name)) ?? 0) + m.size);
  const largest = [...sizes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([name, bytes]) => ({ name, kb: Math.round(bytes / 102.4) / 10 }));
  return { gzipKB: Math.round(gzip / 102.4) / 10, rawKB: Math.round(raw / 102.4) / 10, files, largest };
};
