/**
 * The preview page: the real task pane beside a fake document, driven by the in-memory Word (or
 * Excel) test double, for a newcomer without Office and for the end-to-end browser test.
 *
 * Query: ?host=excel (the Excel double), ?variant=no-inburgering (the seed without that heading),
 * ?empty=1 (an empty document), ?protected=1, ?lang=en, ?latency=ms (per sync, default 120),
 * ?view=check (check on opening, as the ribbon's button does), ?host=excel&sheets=2 (a workbook
 * whose active sheet holds a note and whose second sheet holds the table: the sheet picker),
 * ?rows=10000 (a synthetic status table of that many rows, to feel the pane on a long document).
 */
import { useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import seed from '../../seeds/stand-van-zaken.json';
import { createExcelDouble } from '../../test/office/excel';
import { syntheticDocument } from '../../test/fixtures/synthetic';
import { createWordDouble } from '../../test/office/word';
import type { Location, SourceDocument } from '../core/document';
import type { Lang } from '../core/findings';
import { STANDARD_HEADINGS } from '../core/headings';
import { createExcelHost } from '../hosts/excel';
import type { StatusHost } from '../hosts/host';
import { createWordHost } from '../hosts/word';
import { App } from '../taskpane/App';
import { catalogues } from '../taskpane/i18n/catalogues';
import { DocumentView } from './DocumentView';

const params = new URLSearchParams(window.location.search);
const lang: Lang = params.get('lang') === 'en' ? 'en' : 'nl';
const kind: 'word' | 'excel' = params.get('host') === 'excel' ? 'excel' : 'word';
const latencyMs = Math.max(0, Number(params.get('latency') ?? 120) || 0);
const m = catalogues[lang];

/** The seed, or a variant of it: "no-inburgering" drops that heading row (any standard heading works). */
const documentFor = (): SourceDocument => {
  if (params.get('empty') === '1') return { blocks: [] };
  const rows = Number(params.get('rows'));
  if (Number.isInteger(rows) && rows > 0) return syntheticDocument(Math.min(rows, 20_000));
  const copy = JSON.parse(JSON.stringify(seed)) as SourceDocument;
  const variant = params.get('variant') ?? '';
  const dropped = STANDARD_HEADINGS.find((h) => `no-${h.text.toLowerCase().split(/\s+/)[0]}` === variant.toLowerCase());
  if (!dropped) return copy;
  return {
    ...copy,
    blocks: copy.blocks.map((block) =>
      block.kind === 'table'
        ? { ...block, rows: block.rows.filter((row) => !(row.cells.length === 1 && row.cells[0]?.paragraphs.join('\n').trim() === dropped.text)) }
        : block,
    ),
  };
};

const options = { latencyMs, protected: params.get('protected') === '1' };
const wordDouble = kind === 'word' ? createWordDouble(documentFor(), options) : undefined;
const twoSheets = params.get('sheets') === '2';
const excelDouble =
  kind === 'excel' ? createExcelDouble(documentFor(), { ...options, ...(twoSheets ? { sheetName: 'Voorblad' } : {}) }) : undefined;
if (excelDouble && twoSheets) {
  // The table moves to a second sheet; the active first sheet keeps only a note.
  excelDouble.edit((editor) => {
    const second = editor.addSheet('Stand van zaken');
    second.cells = editor.sheet.cells;
    second.merges = editor.sheet.merges;
    editor.sheet.cells = new Map();
    editor.sheet.merges = [];
    editor.setValue('A1', m.preview.sheetNote);
  });
}
const snapshot = (): SourceDocument => (wordDouble ?? excelDouble)?.snapshot() ?? { blocks: [] };
const selection = (): Location | string | undefined => (wordDouble ?? excelDouble)?.selection;

const inner: StatusHost = wordDouble
  ? createWordHost(wordDouble.environment)
  : createExcelHost((excelDouble as NonNullable<typeof excelDouble>).environment);

/** For the end-to-end test: what the double saw (its selection, its document, its syncs). */
(window as unknown as Record<string, unknown>).__statustabelDouble = {
  kind,
  get selection() {
    return selection();
  },
  snapshot,
  get syncCount() {
    return (wordDouble ?? excelDouble)?.syncCount ?? 0;
  },
};

/** The host the pane gets, telling the page after every write, selection or mark so the fake document redraws. */
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
];

const Preview = () => {
  const [version, setVersion] = useState(0);
  const redraw = useCallback(() => setVersion((v) => v + 1), []);
  const [host] = useState(() => observed(inner, redraw));
  const [hostForSheet] = useState(() =>
    excelDouble ? (sheet: string) => observed(createExcelHost(excelDouble.environment, { sheet }), redraw) : undefined,
  );
  const doc = snapshot();
  const selected = selection();
  return (
    <div className="preview" data-version={version}>
      <header className="preview-banner" role="banner">
        <p>
          <strong>{m.preview.banner}</strong>
        </p>
        <p>{m.preview.explain(kind === 'excel' ? 'Excel' : 'Word')}</p>
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
        <section className="preview-document">
          <h2>{m.preview.documentTitle}</h2>
          <DocumentView doc={doc} selection={typeof selected === 'string' ? undefined : selected} m={m} />
          {typeof selected === 'string' ? <p className="preview-selection">{m.preview.selectedAddress(selected)}</p> : null}
        </section>
        <aside className="preview-pane" aria-label={m.preview.paneTitle}>
          <h2>{m.preview.paneTitle}</h2>
          <App
            host={host}
            language={lang}
            checkOnOpen={params.get('view') === 'check'}
            {...(hostForSheet ? { hostForSheet } : {})}
          />
        </aside>
      </div>
    </div>
  );
};

const container = document.getElementById('root');
if (container) createRoot(container).render(<Preview />);
