import type { ISODate } from '../../core/calendar';
import type { SourceDocument } from '../../core/document';
import type { Settings } from '../../core/settings';
import type { CheckView, ViewFinding } from './view';

/** Messages between the pane and its check worker. */
export interface CheckRequest {
  readonly id: number;
  readonly doc: SourceDocument;
  readonly today: ISODate;
  readonly settings: Settings;
}

/**
 * The view comes back in parts: its head (counts, stats; no findings), then the findings in
 * slices. Each message is its own task on the UI thread, so taking in 11,000 findings never
 * blocks it for long (one message of them all took ~100 ms to unpack).
 */
export type CheckResponse =
  | { readonly id: number; readonly head: CheckView; readonly slices: number }
  | { readonly id: number; readonly slice: number; readonly findings: readonly ViewFinding[] }
  | { readonly id: number; readonly error: string };

/** Findings per message: small enough to unpack in a few milliseconds. */
export const SLICE = 1000;
