import { contentTypeOf, hasPart, readPartText, relsPartName, type PartText } from '../ooxml/package';
import type { NewEntry } from '../ooxml/zip';
import type { XlsxRead } from './read';
import type { Splice } from './splice';
import { applySplices } from './splice';
import { isBoldStyle } from './styles';

/**
 * Bold versions of cell formats for new heading cells, added to styles.xml next to the ones
 * there (a copy of the format with a copy of its font made bold); nothing there is rewritten. A
 * workbook without a styles part gets one, with the default format and a bold one.
 */

export interface StylesEdit {
  /** Parts changed, with their new text. */
  readonly parts: readonly (readonly [PartText, string])[];
  readonly added: readonly NewEntry[];
}

export interface BoldStyles {
  /** The index of a bold cell format that looks like `style` otherwise. */
  readonly bold: (style: number) => number;
  readonly edit: () => StylesEdit | undefined;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const STYLES_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';

/** The smallest styles part Excel opens (ECMA-376 Part 1, §18.8.39), with format 1 bold. */
const NEW_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** An attribute set in a start tag (replaced where present, added where not). */
const withAttribute = (tag: string, name: string, value: string): string => {
  const pattern = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (pattern.test(tag)) return tag.replace(pattern, `$1"${value}"`);
  return tag.replace(/^(<[^\s/>]+)/, `$1 ${name}="${value}"`);
};

/** A count attribute of a list's start tag, raised to `count`. */
const countSplice = (xml: string, open: { start: number; end: number }, count: number): Splice[] => {
  const tag = xml.slice(open.start, open.end);
  const match = /(\scount\s*=\s*)("[^"]*"|'[^']*')/.exec(tag);
  if (!match) return [];
  const at = open.start + match.index + (match[1] ?? '').length;
  return [{ start: at, end: at + (match[2] ?? '').length, text: `"${count}"` }];
};

export const boldStyles = (read: XlsxRead): BoldStyles => {
  const { styles } = read;
  const part = styles.part;
  if (!part) {
    let needed = false;
    return {
      bold: () => {
        needed = true;
        return 1;
      },
      edit: () => (needed ? newStylesPart(read) : undefined),
    };
  }
  const { fonts, cellXfs } = styles;
  if (!fonts || !cellXfs || fonts.selfClosing || cellXfs.selfClosing) return { bold: (style) => style, edit: () => undefined };
  const xml = part.text;
  const newFonts: string[] = [];
  const newFormats: string[] = [];
  const made = new Map<number, number>();
  const bold = (style: number): number => {
    const base = style >= 0 && style < cellXfs.items.length ? style : 0;
    if (isBoldStyle(styles, base)) return base;
    const known = made.get(base);
    if (known !== undefined) return known;
    const formatSpan = cellXfs.items[base];
    const fontId = styles.formats[base]?.fontId ?? 0;
    const fontSpan = fonts.items[fontId] ?? fonts.items[0];
    if (!formatSpan || !fontSpan) return base;
    const font = xml.slice(fontSpan.start, fontSpan.end);
    const prefix = /^<([\w.-]+:)?font\b/.exec(font)?.[1] ?? '';
    const plain = font.replace(new RegExp(`<${prefix}b\\b[^>]*/>`, 'g'), '');
    const bolded = /\/>$/.test(plain)
      ? `${plain.replace(/\s*\/>$/, '>')}<${prefix}b/></${prefix}font>`
      : plain.replace(/^(<[^>]*>)/, `$1<${prefix}b/>`);
    newFonts.push(bolded);
    const format = xml.slice(formatSpan.start, formatSpan.end);
    const tagEnd = format.indexOf('>') + 1;
    const tag = withAttribute(withAttribute(format.slice(0, tagEnd), 'fontId', String(fonts.items.length + newFonts.length - 1)), 'applyFont', '1');
    newFormats.push(tag + format.slice(tagEnd));
    const index = cellXfs.items.length + newFormats.length - 1;
    made.set(base, index);
    return index;
  };
  return {
    bold,
    edit: () => {
      if (newFonts.length === 0) return undefined;
      const splices: Splice[] = [
        { start: fonts.closeStart, end: fonts.closeStart, text: newFonts.join('') },
        ...countSplice(xml, fonts.open, fonts.items.length + newFonts.length),
        { start: cellXfs.closeStart, end: cellXfs.closeStart, text: newFormats.join('') },
        ...countSplice(xml, cellXfs.open, cellXfs.items.length + newFormats.length),
      ];
      return { parts: [[part, applySplices(xml, splices)]], added: [] };
    },
  };
};

/** A workbook without styles gets xl/styles.xml, its relationship and its content type. */
const newStylesPart = (read: XlsxRead): StylesEdit | undefined => {
  const { pkg, workbook } = read;
  const dir = workbook.part.name.slice(0, workbook.part.name.lastIndexOf('/') + 1);
  let name = `${dir}styles.xml`;
  for (let n = 1; hasPart(pkg, name); n += 1) name = `${dir}styles${n}.xml`;
  const rels = readPartText(pkg, relsPartName(workbook.part.name));
  const types = readPartText(pkg, '[Content_Types].xml');
  const relsEnd = rels?.text.lastIndexOf('</') ?? -1;
  const typesEnd = types?.text.lastIndexOf('</') ?? -1;
  if (!rels || !types || relsEnd < 0 || typesEnd < 0) return undefined;
  const ids = new Set(workbook.relationships.map((r) => r.id));
  let id = 'rIdStyles';
  for (let n = 1; ids.has(id); n += 1) id = `rIdStyles${n}`;
  const relsPrefix = /<([\w.-]+:)?Relationships\b/.exec(rels.text)?.[1] ?? '';
  const typesPrefix = /<([\w.-]+:)?Types\b/.exec(types.text)?.[1] ?? '';
  const target = name.slice(dir.length);
  const parts: [PartText, string][] = [
    [rels, applySplices(rels.text, [{ start: relsEnd, end: relsEnd, text: `<${relsPrefix}Relationship Id="${id}" Type="${STYLES_REL}" Target="${target}"/>` }])],
  ];
  if (contentTypeOf(pkg, name) !== STYLES_TYPE) {
    parts.push([types, applySplices(types.text, [{ start: typesEnd, end: typesEnd, text: `<${typesPrefix}Override PartName="/${name}" ContentType="${STYLES_TYPE}"/>` }])]);
  }
  return { parts, added: [{ name, data: new TextEncoder().encode(NEW_STYLES) }] };
};
