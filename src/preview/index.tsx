/**
 * The preview page: the real task pane beside the document it works on, for a newcomer without
 * Office and for the end-to-end browser test. The pane runs exactly as in Office — Microsoft's
 * own Office.js client for Word or Excel (served next to this page), `Office.onReady`, the
 * hosts' real Office environments — over the simulator, an in-memory Word or Excel document.
 *
 * Query: ?host=excel (Excel), ?variant=no-inburgering (the seed without that heading),
 * ?empty=1 (an empty document), ?protected=1, ?lang=en, ?latency=ms (per sync, default 120),
 * ?host=excel&sheets=2 (a workbook whose active sheet holds a note and whose second sheet holds
 * the table: the sheet picker), ?rows=10000 (a synthetic status table of that many rows, to feel
 * the pane on a long document), ?pane=only (the pane alone, filling the page, as Office shows it
 * in its task pane: what the narrow-width and zoom tests look at), ?tell=0 (with ?protected=1: a
 * page that cannot tell protection before writing, so the first fix is refused). The pane checks
 * on opening.
 */
import { useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Location, SourceDocument } from '../core/document';
import type { Lang } from '../core/findings';
import { STANDARD_HEADINGS } from '../core/headings';
import type { StatusHost } from '../hosts/host';
import { createExcelSimulator, createWordSimulator, seedCopy, seedWithout, syntheticDocument, type ExcelSimulator, type WordSimulator } from '../simulator';
import { loadOfficeClientInPage } from '../simulator/browser';
import { App } from '../taskpane/App';
import { warmUp } from '../taskpane/check/warm';
import { createWorkerChecker } from '../taskpane/check/workerChecker';
import type { WriteAccess } from '../taskpane/hooks/useWriteAccess';
import { catalogues } from '../app/i18n/catalogues';
import { withEarlyRead } from '../app/earlyRead';
import { officeHostFor, officeSheetHostFor } from '../app/officeHost';
import { DocumentView } from './DocumentView';

const params = new URLSearchParams(window.location.search);
const lang: Lang = params.get('lang') === 'en' ? 'en' : 'nl';
const kind: 'Word' | 'Excel' = params.get('host') === 'excel' ? 'Excel' : 'Word';
const latencyMs = Math.max(0, Number(params.get('latency') ?? 120) || 0);
const isProtected = params.get('protected') === '1';
const twoSheets = params.get('sheets') === '2';
const paneOnly = params.get('pane') === 'only';
const m = catalogues[lang];
const checker = createWorkerChecker();
/** The simulator answers with Office's error texts in English (src/simulator/richapi/errors.ts). */
const OFFICE_LANGUAGE = 'en';
/**
 * Whether the document takes writes, told up front as Office's hosts could (document or sheet
 * protection): the page knows, since it made the document protected. ?tell=0: not told.
 */
const writeAccess =
  params.get('tell') === '0'
    ? undefined
    : async (): Promise<WriteAccess> => (isProtected ? { writable: false, reason: 'protected' } : { writable: true });

/** The seed, or a variant of it: "no-inburgering" drops that heading row (any standard heading works). */
const documentFor = (): SourceDocument => {
  if (params.get('empty') === '1') return { blocks: [] };
  const rows = Number(params.get('rows'));
  if (Number.isInteger(rows) && rows > 0) return syntheticDocument(Math.min(rows, 20_000));
  const variant = params.get('variant') ?? '';
  const dropped = STANDARD_HEADINGS.find((h) => `no-${h.text.toLowerCase().split(/\s+/)[0]}` === variant.toLowerCase());
  return dropped ? seedWithout(dropped.text) : seedCopy();
};

type Simulated = { readonly kind: 'Word'; readonly sim: WordSimulator } | { readonly kind: 'Excel'; readonly sim: ExcelSimulator };

const simulate = (): Simulated => {
  const office = { latencyMs, displayLanguage: lang === 'en' ? 'en-GB' : 'nl-NL' };
  if (kind === 'Word') {
    return { kind, sim: createWordSimulator(documentFor(), { ...office, ...(isProtected ? { protection: 'AllowOnlyReading' as const } : {}) }) };
  }
  const sim = createExcelSimulator(documentFor(), { ...office, protected: isProtected, ...(twoSheets ? { sheetName: 'Voorblad' } : {}) });
  if (twoSheets) {
    // The table moves to a second sheet; the active first sheet keeps only a note.
    sim.edit((editor) => {
      const second = editor.addSheet('Stand van zaken');
      second.cells = editor.sheet.cells;
      second.merges = editor.sheet.merges;
      editor.sheet.cells = new Map();
      editor.sheet.merges = [];
      editor.setValue('A1', m.preview.sheetNote);
    });
  }
  return { kind, sim };
};

const snapshotOf = (simulated: Simulated): SourceDocument => simulated.sim.snapshot();
const selectionOf = (simulated: Simulated): Location | string | undefined => simulated.sim.selection();

/** The host the pane gets, telling the page after every write, selection or mark so the document redraws. */
const observed = (host: StatusHost, after: () => void): StatusHost => {
  const { select, marks } = host.capabilities;
  return {
    kind: host.kind,
    read: () => host.read(),
    update: (plan, basis) => host.update(plan, basis).finally(after),
    capabilities: {
      ...host.capabilities,
      ...(select ? { select: (location: Location) => select(location).finally(after) } : {}),
      ...(marks ? { marks: { mark: (locations) => marks.mark(locations).finally(after), clear: () => marks.clear().finally(after) } } : {}),
    },
  };
};

const links: [string, string][] = [
  [m.preview.links.word, '?'],
  [m.preview.links.excel, '?host=excel'],
  [m.preview.links.excelSheets, '?host=excel&sheets=2'],
  [m.preview.links.noInburgering, '?variant=no-inburgering'],
  [m.preview.links.empty, '?empty=1'],
  [m.preview.links.protectedDoc, '?protected=1'],
  lang === 'en' ? [m.preview.links.dutch, '?lang=nl'] : [m.preview.links.english, '?lang=en'],
  [m.preview.links.paneOnly, `?pane=only${lang === 'en' ? '&lang=en' : ''}`],
];

interface PreviewProps {
  readonly simulated: Simulated;
  readonly inner: StatusHost;
  readonly innerForSheet: ((sheet: string) => StatusHost) | undefined;
}

const Preview = ({ simulated, inner, innerForSheet }: PreviewProps) => {
  const [version, setVersion] = useState(0);
  const redraw = useCallback(() => setVersion((v) => v + 1), []);
  const [host] = useState(() => observed(inner, redraw));
  const [hostForSheet] = useState(() => (innerForSheet ? (sheet: string) => observed(innerForSheet(sheet), redraw) : undefined));
  const app = (
    <App
      host={host}
      language={lang}
      checker={checker}
      officeLanguage={OFFICE_LANGUAGE}
      {...(writeAccess ? { writeAccess } : {})}
      {...(hostForSheet ? { hostForSheet } : {})}
    />
  );
  if (paneOnly) return app;
  const doc = snapshotOf(simulated);
  const selected = selectionOf(simulated);
  return (
    <div className="preview" data-version={version}>
      <header className="preview-banner" role="banner">
        <p>
          <strong>{m.preview.banner}</strong>
        </p>
        <p>{m.preview.explain(kind)}</p>
        <nav>
          {m.preview.variants}{' '}
          {links.map(([label, href]) => (
            <a key={href} href={href}>
              {label}
            </a>
          ))}
        </nav>
      </header>
      <div className="preview-body">
        {/* Focusable: a keyboard user can scroll a wide table sideways. */}
        <section className="preview-document" tabIndex={0} aria-labelledby="preview-document-title">
          <h2 id="preview-document-title">{m.preview.documentTitle}</h2>
          <DocumentView doc={doc} selection={typeof selected === 'string' ? undefined : selected} m={m} />
          {typeof selected === 'string' ? <p className="preview-selection">{m.preview.selectedAddress(selected)}</p> : null}
        </section>
        <aside className="preview-pane" aria-label={m.preview.paneTitle}>
          <h2>{m.preview.paneTitle}</h2>
          {app}
        </aside>
      </div>
    </div>
  );
};

const start = async (): Promise<void> => {
  const container = document.getElementById('root');
  if (!container) return;
  const simulated = simulate();
  simulated.sim.open(await loadOfficeClientInPage(kind));
  // From here on the pane's own start-up path, as in Office: onReady, then the host for it.
  const info = await Office.onReady();
  const office = officeHostFor(info);
  if (!office) throw new Error(`no host for ${String(info.host)}`);
  const inner = withEarlyRead(office);
  warmUp(checker);
  /** For the end-to-end test: what the simulated document saw (its selection, its content, its syncs). */
  (window as unknown as Record<string, unknown>).__statustabelSimulator = {
    kind: kind.toLowerCase(),
    get selection() {
      return selectionOf(simulated);
    },
    snapshot: () => snapshotOf(simulated),
    get syncCount() {
      return simulated.sim.syncCount;
    },
    /** A co-author's edit: the simulator's own edit of its model (Word's document, Excel's sheet editor). */
    edit: (mutator: never) => (simulated.sim.edit as (mutator: never) => void)(mutator),
  };
  createRoot(container).render(<Preview simulated={simulated} inner={inner} innerForSheet={officeSheetHostFor(info)} />);
};

void start();
