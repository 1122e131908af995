import type { SourceDocument } from '../src/core';
import { createExcelHost, officeExcelEnvironment } from '../src/hosts/excel';
import type { StatusHost } from '../src/hosts/host';
import { createWordHost, officeWordEnvironment } from '../src/hosts/word';
import { createExcelSimulator, createWordSimulator, type Traffic } from '../src/simulator';
import { isolatedOfficeClient, useClient } from '../src/simulator/node';
import type { OfficeClient } from '../src/simulator/client/types';

/**
 * The hosts as the bench runs them: Microsoft's real Word and Excel clients (each in a jsdom
 * window of its own, since one process needs both) over the simulator, which counts every sync
 * and every byte that crosses.
 */

export type HostKind = 'word' | 'excel';

export interface Simulated {
  readonly host: StatusHost;
  readonly traffic: () => Traffic;
  readonly reset: () => void;
}

const clients: Partial<Record<HostKind, OfficeClient>> = {};

const clientFor = (kind: HostKind): OfficeClient => {
  const client = (clients[kind] ??= isolatedOfficeClient(kind === 'word' ? 'Word' : 'Excel'));
  useClient(client);
  return client;
};

/** A host of `kind` over a fresh simulated document holding `doc`. */
export const openSimulated = (kind: HostKind, doc: SourceDocument, latencyMs = 0): Simulated => {
  const client = clientFor(kind);
  if (kind === 'word') {
    const sim = createWordSimulator(doc, { latencyMs });
    sim.open(client);
    return { host: createWordHost(officeWordEnvironment()), traffic: () => sim.traffic, reset: () => sim.resetTraffic() };
  }
  const sim = createExcelSimulator(doc, { latencyMs });
  sim.open(client);
  return { host: createExcelHost(officeExcelEnvironment()), traffic: () => sim.traffic, reset: () => sim.resetTraffic() };
};

/** Lets the client's fire-and-forget clean-up after a run reach the simulator before traffic is read. */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
