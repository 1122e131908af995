import { FileError } from '../errors';
import { relationshipsOf, scanPart, type Package, type PartText } from '../ooxml/package';
import { attributeOf, decodeAttribute, decodeText, valueOf, type XmlElement } from '../ooxml/xml';
import { REL_NS, SHEET_NS } from './a1';

/** The workbook part: its sheets in tab order, its defined names, and its date system. */

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number | undefined;
  /** The sheet's part, when its relationship leads to one. */
  readonly part: string | undefined;
  /** "worksheet", "chartsheet", "dialogsheet", …: the relationship's type. */
  readonly type: string;
  readonly hidden: boolean;
}

/** A span of character data between an element's tags, with its text decoded. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface DefinedName {
  readonly name: string;
  /** Index into `sheets` of a sheet-local name. */
  readonly localSheet: number | undefined;
  readonly formula: TextSpan;
}

export interface Workbook {
  readonly part: PartText;
  readonly sheets: readonly SheetEntry[];
  readonly names: readonly DefinedName[];
  /** 1904 date system (old Mac workbooks): serial 0 is 1 January 1904. */
  readonly date1904: boolean;
  readonly relationships: ReturnType<typeof relationshipsOf>;
}

const ON = (value: string | undefined): boolean => value !== undefined && /^(1|true|on)$/i.test(value.trim());

/** Collects the decoded text of elements while scanning, with the span between their tags. */
export const textCollector = () => {
  const open = new Map<XmlElement, { parts: string[] }>();
  return {
    start: (element: XmlElement) => open.set(element, { parts: [] }),
    text: (xml: string, element: XmlElement, start: number, end: number, cdata: boolean) => {
      const entry = open.get(element);
      if (entry) entry.parts.push(cdata ? xml.slice(start, end) : decodeText(xml.slice(start, end)));
    },
    end: (element: XmlElement, closeStart: number): TextSpan | undefined => {
      const entry = open.get(element);
      if (!entry) return undefined;
      open.delete(element);
      return { start: element.openEnd, end: element.selfClosing ? element.openEnd : closeStart, text: entry.parts.join('') };
    },
  };
};

export const relId = (element: XmlElement): string | undefined => {
  for (const uri of REL_NS) {
    const attribute = attributeOf(element, 'id', uri);
    if (attribute) return decodeAttribute(attribute.raw).trim();
  }
  return undefined;
};

export const readWorkbook = (pkg: Package, part: PartText): Workbook => {
  const relationships = relationshipsOf(pkg, part.name);
  const byId = new Map(relationships.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  const names: { name: string; localSheet: number | undefined; formula: TextSpan }[] = [];
  let date1904 = false;
  const texts = textCollector();
  const xml = part.text;

  scanPart(part, {
    open: (element) => {
      if (!SHEET_NS.has(element.uri)) return;
      if (element.depth !== 1 && element.local !== 'sheet' && element.local !== 'definedName') return;
      switch (element.local) {
        case 'workbookPr':
          date1904 = ON(valueOf(element, 'date1904'));
          break;
        case 'sheet': {
          if (element.parent?.local !== 'sheets') break;
          const id = relId(element);
          const relationship = id === undefined ? undefined : byId.get(id);
          const sheetId = Number.parseInt(valueOf(element, 'sheetId') ?? '', 10);
          sheets.push({
            name: valueOf(element, 'name') ?? '',
            sheetId: Number.isFinite(sheetId) ? sheetId : undefined,
            part: relationship && !relationship.external ? relationship.target : undefined,
            type: relationship?.type ?? '',
            hidden: /hidden/i.test(valueOf(element, 'state') ?? ''),
          });
          break;
        }
        case 'definedName':
          if (element.parent?.local === 'definedNames') texts.start(element);
          break;
        default:
          break;
      }
    },
    text: (element, start, end, cdata) => texts.text(xml, element, start, end, cdata),
    close: (element, start) => {
      if (!SHEET_NS.has(element.uri)) return;
      if (element.local === 'definedName') {
        const formula = texts.end(element, start);
        if (!formula) return;
        const local = Number.parseInt(valueOf(element, 'localSheetId') ?? '', 10);
        names.push({ name: valueOf(element, 'name') ?? '', localSheet: Number.isFinite(local) ? local : undefined, formula });
      }
    },
  });
  if (sheets.length === 0) throw new FileError('damaged', { kind: 'missing-part', part: `${part.name} <sheets>` });
  return { part, sheets, names, date1904, relationships };
};
