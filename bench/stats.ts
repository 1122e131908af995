/** Small statistics for the benchmark: medians of repeated timings. */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** Median wall time of `run` over `times` runs, after `warmup` runs that do not count. */
export const timeMedian = async (run: () => unknown, times: number, warmup = 2): Promise<number> => {
  for (let i = 0; i < warmup; i += 1) await run();
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return median(samples);
};

export const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;
