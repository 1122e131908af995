import type { SourceDocument } from '../core';
import type { StatusHost } from '../hosts/host';

/**
 * The pane opens with a check already run, and that check waits first of all for the document:
 * round trips to Office that need nothing from React. Started the moment Office is ready, the
 * read runs while React draws the pane for the first time, and the pane's first check takes it
 * instead of starting its own; every later read is the host's own. A write before that first
 * check drops it (the document it read is no longer the document). A failed early read fails
 * the first check, as the check's own read would have.
 */
export const withEarlyRead = (host: StatusHost): StatusHost => {
  let early: Promise<SourceDocument> | undefined = host.read();
  // Handled where it is taken; until then a rejection is not "unhandled".
  early.catch(() => undefined);
  return {
    kind: host.kind,
    capabilities: host.capabilities,
    read: () => {
      const taken = early;
      early = undefined;
      return taken ?? host.read();
    },
    update: (plan, basis, options) => {
      early = undefined;
      return host.update(plan, basis, options);
    },
  };
};
