import type { SourceDocument } from '../../src/core';
import { withEarlyRead } from '../../src/app/earlyRead';
import type { StatusHost } from '../../src/hosts/host';
import { seedCopy } from '../../src/simulator';
import { openExcel } from '../support/hosts';

const firstCell = (doc: SourceDocument): string | undefined => {
  const table = doc.blocks.find((block) => block.kind === 'table');
  return table?.kind === 'table' ? table.rows[1]?.cells[0]?.paragraphs[0] : undefined;
};

describe('withEarlyRead: the first check takes a read started when Office was ready', () => {
  it('reads once at once, hands that read to the first caller, and reads afresh for every later one', async () => {
    const { sim, host } = openExcel(seedCopy());
    const wrapped = withEarlyRead(host);
    const started = sim.traffic.syncs;
    const first = await wrapped.read();
    const oneRead = sim.traffic.syncs;
    // The read was under way before anyone asked: its syncs are the only ones so far.
    expect(oneRead).toBeGreaterThan(0);
    expect(started).toBeLessThanOrEqual(oneRead);
    const second = await wrapped.read();
    expect(sim.traffic.syncs).toBe(oneRead * 2);
    expect(second).toEqual(first);
  });

  it('gives the document as it was when Office was ready, unless a write came first', async () => {
    const { sim, host } = openExcel(seedCopy());
    const syncsBefore = sim.traffic.syncs;
    const before = firstCell(await host.read());
    const perRead = sim.traffic.syncs - syncsBefore;
    /** Opens the pane's host and waits until Office has answered its early read. */
    const early = async (): Promise<StatusHost> => {
      const from = sim.traffic.syncs;
      const wrapped = withEarlyRead(host);
      while (sim.traffic.syncs < from + perRead) await new Promise((resolve) => setTimeout(resolve, 1));
      return wrapped;
    };

    const taken = await early();
    sim.edit((editor) => editor.setValue('A2', 'HERSCHREVEN'));
    // Taken as read at start: an edit in the moment between is the live re-check's to see.
    expect(firstCell(await taken.read())).toBe(before);

    const written = await early();
    sim.edit((editor) => editor.setValue('A2', 'OPNIEUW'));
    await written.update(() => []);
    expect(firstCell(await written.read())).toBe('OPNIEUW');
  });

  it('fails the first read with the early read’s error, and nothing is unhandled before it', async () => {
    const refusal = new Error('Office refused');
    let reads = 0;
    const failing: StatusHost = {
      kind: 'word',
      read: () => {
        reads += 1;
        return Promise.reject(refusal);
      },
      update: () => Promise.reject(new Error('no writes here')),
      capabilities: {},
    };
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const wrapped = withEarlyRead(failing);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
      await expect(wrapped.read()).rejects.toBe(refusal);
      expect(reads).toBe(1);
      await expect(wrapped.read()).rejects.toBe(refusal);
      expect(reads).toBe(2);
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
