import type { Location, SourceDocument } from '../../core/document';
import { attach } from '../client/attach';
import { createEndpoint, type Endpoint, type EndpointOptions, type Traffic } from '../client/endpoint';
import { createOffice, type OfficeOptions, type SimulatedOffice } from '../client/office';
import type { OfficeClient } from '../client/types';
import { createReferenceTable, respond, withRequirementSets } from '../richapi/responder';
import { setSupported, simObject } from '../richapi/objects';
import { wordTypes } from './api';
import { locationOf, sourceDocumentOf, wordDocumentFrom } from './build';
import { controlsIn, flatBlocks, paragraphsIn, rawText, type Protection, type TableNode, type WordDocument } from './model';

export * from './model';
export { sourceDocumentOf, wordDocumentFrom, locationOf, tableNodeFrom } from './build';

export interface WordSimulatorOptions extends EndpointOptions, Partial<OfficeOptions> {
  /** Requirement sets the simulated Word reports (default `{ WordApi: '1.4', CustomXmlParts: '1.1' }`). */
  readonly requirementSets?: Readonly<Record<string, string>>;
  readonly protection?: Protection;
  /** The simulated user, as a comment's author. */
  readonly author?: string;
}

/** A Word document behind Microsoft's Word client: open it in a client, then run the hosts. */
export interface WordSimulator {
  readonly host: 'Word';
  /** The live document: what the tests inspect and what a co-author edits. */
  readonly document: WordDocument;
  /** The Office around it: settings, dialogs, ribbon functions, document events. */
  readonly office: SimulatedOffice;
  readonly endpoint: Endpoint;
  /** Syncs and bytes since creation or the last reset. */
  readonly traffic: Traffic;
  readonly syncCount: number;
  resetTraffic(): void;
  /** Makes `client`'s `Word.run` and `Office.context` talk to this document. */
  open(client: OfficeClient): void;
  /** The document as every reader should hand it to core. */
  snapshot(): SourceDocument;
  /** What the add-in last selected, in `snapshot()`'s block numbering. */
  selection(): Location | undefined;
  /** A change by the user or a co-author (not through the add-in): the selection moves with it. */
  edit(mutator: (document: WordDocument) => void): void;
  setProtection(protection: Protection): void;
  /** The content controls of the body, outermost first. */
  contentControls(): { tag: string; title: string; text: string }[];
  /** The table at block `block` of `snapshot()`'s numbering, in the live document. */
  tableAt(block: number): TableNode | undefined;
}

export const createWordSimulator = (source: SourceDocument, options: WordSimulatorOptions = {}): WordSimulator => {
  const document = wordDocumentFrom(JSON.parse(JSON.stringify(source)) as SourceDocument);
  if (options.protection) document.protection = options.protection;
  // Word has the Common API's CustomXmlParts on every platform (https://learn.microsoft.com/javascript/api/requirement-sets/common/custom-xml-parts-requirement-sets).
  const requirementSets = options.requirementSets ?? { WordApi: '1.4', CustomXmlParts: '1.1' };
  const supports = (set: string): boolean => setSupported(requirementSets, set);
  const types = withRequirementSets(wordTypes(document, { supports, ...(options.author ? { author: options.author } : {}) }), supports);
  const references = createReferenceTable();
  const root = simObject('Document', document);
  const endpoint = createEndpoint((request) => respond(request, { types, root, references }), options);
  const office = createOffice('Word', { ...options, requirementSets });
  return {
    host: 'Word',
    document,
    office,
    endpoint,
    get traffic() {
      return endpoint.traffic;
    },
    get syncCount() {
      return endpoint.traffic.syncs;
    },
    resetTraffic: () => endpoint.resetTraffic(),
    open: (client) => attach(client, office, endpoint),
    snapshot: () => sourceDocumentOf(document),
    selection: () => locationOf(document, document.selection),
    edit: (mutator) => {
      mutator(document);
      document.version += 1;
      office.selectionChanged();
    },
    setProtection: (protection) => {
      document.protection = protection;
    },
    contentControls: () =>
      controlsIn(document.body).map((c) => ({ tag: c.tag, title: c.title, text: paragraphsIn(c, true).map(rawText).join('\r') })),
    tableAt: (block) => {
      const found = flatBlocks(document.body)[block];
      return found?.kind === 'table' ? found : undefined;
    },
  };
};
