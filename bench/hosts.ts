import { STANDARD_HEADINGS, type SourceDocument } from '../src/core';
import type { StatusHost } from '../src/hosts/host';
import { insertHeadings, placeComments, refreshDateStamp, runCheck } from '../src/hosts/operations';
import { naiveExcelCheckSyncs, naiveWordCheckSyncs } from './naive';
import { openSimulated, settle, type HostKind } from './simulated';

export type { HostKind } from './simulated';

/** The synthetic table without one heading, so "insert headings" has real work to do. */
const withoutInburgering = (doc: SourceDocument): SourceDocument => {
  const inburgering = STANDARD_HEADINGS.find((h) => h.chapter === 7)?.text;
  return {
    ...doc,
    blocks: doc.blocks.map((block) =>
      block.kind === 'table'
        ? { ...block, rows: block.rows.filter((row) => !(row.cells.length === 1 && row.cells[0]?.paragraphs[0] === inburgering)) }
        : block,
    ),
  };
};

export interface SyncCounts {
  readonly check: number;
  readonly headings: number;
  readonly datestamp: number;
  readonly naiveCheck: number;
}

const TODAY = '2026-11-24';

/** Syncs per operation, each on a fresh simulated document, counted from the operation's start. */
export const countSyncs = async (kind: HostKind, doc: SourceDocument): Promise<SyncCounts> => {
  const measure = async (source: SourceDocument, op: (host: StatusHost) => Promise<unknown>): Promise<number> => {
    const opened = openSimulated(kind, source);
    opened.reset();
    await op(opened.host);
    return opened.traffic().syncs;
  };
  const check = await measure(doc, (host) => runCheck(host, TODAY));
  const headings = await measure(withoutInburgering(doc), (host) => insertHeadings(host));
  const datestamp = await measure(doc, (host) => refreshDateStamp(host, TODAY));
  const naiveCheck = kind === 'word' ? await naiveWordCheckSyncs(doc) : await naiveExcelCheckSyncs(doc);
  return { check, headings, datestamp, naiveCheck };
};

export interface CheckTraffic {
  /** Every byte Office sent back for one check (the client's clean-up after the run included). */
  readonly responseBytes: number;
  readonly requestBytes: number;
  /** The largest single response: what Office's payload limit (5 MB) applies to. */
  readonly largestResponseBytes: number;
}

/** What one check sends and receives, measured on the real client's requests. */
export const checkTraffic = async (kind: HostKind, doc: SourceDocument): Promise<CheckTraffic> => {
  const opened = openSimulated(kind, doc);
  await runCheck(opened.host, TODAY);
  await settle();
  const { responseBytes, requestBytes, largestResponseBytes } = opened.traffic();
  return { responseBytes, requestBytes, largestResponseBytes };
};

/** Wall time of one check with `latencyMs` added to every sync, as over a slow connection to Office on the web. */
export const simulatedCheckMs = async (kind: HostKind, doc: SourceDocument, latencyMs: number): Promise<number> => {
  const { host } = openSimulated(kind, doc, latencyMs);
  const start = performance.now();
  await runCheck(host, TODAY);
  return performance.now() - start;
};

export interface CommentSyncs {
  /** Placing `findings` comments on a document without any of ours. */
  readonly place: number;
  /** Placing them again: the add-in's earlier ones removed, the new ones placed. */
  readonly replace: number;
}

/**
 * Syncs to place `count` comments (the check's findings of a 1,000-row table, repeated to reach
 * `count`), and to place them again over the first ones; undefined where the host has no comments.
 */
export const commentSyncs = async (kind: HostKind, doc: SourceDocument, count: number): Promise<CommentSyncs | undefined> => {
  const opened = openSimulated(kind, doc);
  if (!opened.host.capabilities.comments) return undefined;
  const { report } = await runCheck(opened.host, TODAY);
  if (!report.ok || report.findings.length === 0) throw new Error('bench: the synthetic table has no findings');
  const findings = Array.from({ length: count }, (_, i) => report.findings[i % report.findings.length] as (typeof report.findings)[number]);
  opened.reset();
  await placeComments(opened.host, report, findings, 'nl');
  const place = opened.traffic().syncs;
  opened.reset();
  await placeComments(opened.host, report, findings, 'nl');
  return { place, replace: opened.traffic().syncs };
};
