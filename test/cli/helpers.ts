import type { JsonReport } from '../../src/cli/report';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli, type CliIO } from '../../src/cli/run';

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with captured output. */
export const run = async (argv: readonly string[], io: Partial<CliIO> = {}): Promise<Run> => {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    ...io,
  });
  return { code, stdout, stderr };
};

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'statustabel-cli-'));

export const writeTemp = (dir: string, name: string, bytes: Uint8Array | string): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

/** A finding a careful reader writes down by hand from the page or sheet, with the reason. */
export interface ExpectedFinding {
  readonly severity: string;
  readonly rule: string;
  readonly subject: string;
  /** Why a careful reader reports it. */
  readonly why: string;
}

const keyOf = (f: { severity: string; rule: string; subject: string }): string => `${f.severity} ${f.rule} ${f.subject}`;

/** The findings of `check --json`, and the ones written down, as sorted "severity rule subject" keys to compare. */
export const findingKeys = (report: JsonReport, expected: readonly ExpectedFinding[]): { found: string[]; expected: string[] } => ({
  found: report.findings.map((f) => keyOf({ severity: f.severity, rule: f.rule, subject: f.measure ?? f.heading ?? f.column ?? '' })).sort(),
  expected: expected.map(keyOf).sort(),
});
