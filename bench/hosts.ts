import { STANDARD_HEADINGS, type SourceDocument } from '../src/core';
import { createExcelHost } from '../src/hosts/excel';
import type { StatusHost } from '../src/hosts/host';
import { insertHeadings, refreshDateStamp, runCheck } from '../src/hosts/operations';
import { createWordHost } from '../src/hosts/word';
import { createExcelDouble } from '../test/office/excel';
import { createWordDouble } from '../test/office/word';
import { naiveExcelCheckSyncs, naiveWordCheckSyncs } from './naive';

export type HostKind = 'word' | 'excel';

interface Counted {
  readonly host: StatusHost;
  readonly syncs: () => number;
  readonly reset: () => void;
}

const open = (kind: HostKind, doc: SourceDocument, latencyMs = 0): Counted => {
  if (kind === 'word') {
    const double = createWordDouble(doc, { latencyMs });
    return { host: createWordHost(double.environment), syncs: () => double.syncCount, reset: () => double.resetSyncCount() };
  }
  const double = createExcelDouble(doc, { latencyMs });
  return { host: createExcelHost(double.environment), syncs: () => double.syncCount, reset: () => double.resetSyncCount() };
};

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

/** Syncs per operation, each on a fresh double, counted from the operation's start. */
export const countSyncs = async (kind: HostKind, doc: SourceDocument): Promise<SyncCounts> => {
  const measure = async (source: SourceDocument, op: (host: StatusHost) => Promise<unknown>): Promise<number> => {
    const counted = open(kind, source);
    counted.reset();
    await op(counted.host);
    return counted.syncs();
  };
  const check = await measure(doc, (host) => runCheck(host, TODAY));
  const headings = await measure(withoutInburgering(doc), (host) => insertHeadings(host));
  const datestamp = await measure(doc, (host) => refreshDateStamp(host, TODAY));
  const naiveCheck = kind === 'word' ? await naiveWordCheckSyncs(doc) : await naiveExcelCheckSyncs(doc);
  return { check, headings, datestamp, naiveCheck };
};

/** Wall time of one check with `latencyMs` added to every sync, as over a slow connection to Office on the web. */
export const simulatedCheckMs = async (kind: HostKind, doc: SourceDocument, latencyMs: number): Promise<number> => {
  const { host } = open(kind, doc, latencyMs);
  const start = performance.now();
  await runCheck(host, TODAY);
  return performance.now() - start;
};
