/**
 * Run by bench/memory.ts in a fresh process: checks one file through the command line's own
 * code and prints its exit code, wall time and the process's peak memory, so the parent can say
 * how much a file of that size costs.
 */
import { runCli } from '../src/cli/run';

const file = process.argv[2] ?? '';
const start = performance.now();
void runCli(['check', file, '--json', '--today', '2026-11-24'], { stdout: () => undefined, stderr: () => undefined }).then((exit) => {
  const ms = performance.now() - start;
  // resourceUsage().maxRSS is in kilobytes.
  process.stdout.write(JSON.stringify({ exit, ms, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
});
