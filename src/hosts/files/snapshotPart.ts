/**
 * Where a document keeps the snapshot of its last stand: a custom XML part of its own, in .docx
 * and .xlsx alike (ECMA-376 Part 1, §22.5 "Custom XML Data Properties"; the part is related from
 * the main part, word/document.xml or xl/workbook.xml, by a customXml relationship).
 *
 * Why a custom XML part and not the add-in's document settings: every reader reaches it the same
 * way — Word through the Common API's `Office.context.document.customXmlParts` (requirement set
 * CustomXmlParts; WordApi 1.4's `document.customXmlParts` is not in the Office.js client served,
 * see word/review.ts), Excel through `workbook.customXmlParts` (ExcelApi 1.5), found by our
 * namespace (https://learn.microsoft.com/javascript/api/office/office.customxmlparts,
 * https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection) — and the
 * command line can write one into a file that never saw the add-in. Office.Settings
 * (https://learn.microsoft.com/javascript/api/office/office.settings) live in the web extension
 * part (word/webextensions/webextension1.xml, `we:property`, MS-OWEXML) that Office writes only
 * for a document where the add-in was inserted, keyed by the add-in's store id and version: a
 * file written by the command line would have to fake that whole part, and its properties are
 * read by the add-in only once at start. The settings keep what co-authors choose; the stand is
 * data about the table, so it sits beside the table.
 *
 * The part holds one element in our namespace whose text is the snapshot's JSON (core's format,
 * versioned there): `<snapshot xmlns="urn:statustabel:snapshot">{…}</snapshot>`.
 *
 * .xlsx: the same part, related from xl/workbook.xml (xl/_rels/workbook.xml.rels), with the same
 * properties part and content type — this module finds the main part from _rels/.rels and works
 * on either (the .xlsx no-loss test covers a workbook gaining it). LibreOffice keeps the part when
 * it re-saves a .docx or an .xlsx (tried with LibreOffice 7 here; the .docx case is tested).
 */
import { textHash } from '../../core/review/hash';
import { MAX_SNAPSHOT_CHARS } from '../../core/review/snapshot';
import { snapshotJsonOf, snapshotPartXml, SNAPSHOT_NS } from '../snapshotXml';
import { FileError } from './errors';
import { XmlError } from './ooxml/xml';
import { findEntry, readZip, rewriteZip, type NewEntry, type Zip } from './ooxml/zip';
import {
  addRelationship,
  CONTENT_TYPES,
  declareParts,
  encodeText,
  mainPartOf,
  newRelationships,
  readText,
  relationshipsOf,
  relativeTarget,
  relsPartName,
} from './ooxml/opc';

export { snapshotPartXml, SNAPSHOT_NS };

const CUSTOM_XML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const CUSTOM_XML_PROPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const DATASTORE_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/customXml';
const PROPS_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
const ITEM_TYPE = 'application/xml';

/** The snapshot's JSON out of a custom XML part that is ours; undefined for anyone else's part. */
export const snapshotJsonIn = (name: string, xml: string): string | undefined => {
  try {
    return snapshotJsonOf(xml);
  } catch (error) {
    if (error instanceof XmlError) throw new FileError('damaged', { kind: 'not-xml', part: name }, error.message);
    throw error;
  }
};

/** Our part in a package: its name and the JSON it holds. Trouble reading it is a `FileError`. */
export const findSnapshotPart = (zip: Zip): { part: string; json: string } | undefined => {
  const main = mainPartOf(zip);
  if (!main) return undefined;
  for (const rel of relationshipsOf(zip, main)) {
    const entry = rel.type === CUSTOM_XML && rel.part !== undefined ? findEntry(zip, rel.part) : undefined;
    // Room for the JSON escaped: a bigger part is someone else's, or ours grown past reading; passed over either way.
    if (!entry || rel.part === undefined || entry.size > MAX_SNAPSHOT_CHARS * 2) continue;
    const item = readText(zip, rel.part, MAX_SNAPSHOT_CHARS * 2);
    const json = item ? snapshotJsonIn(item.name, item.text) : undefined;
    if (json !== undefined) return { part: item?.name ?? rel.part, json };
  }
  return undefined;
};

/** The first `customXml/itemN.xml` whose item and properties names are both free. */
const freeItem = (zip: Zip): { item: string; props: string } => {
  for (let n = 1; ; n += 1) {
    const item = `customXml/item${n}.xml`;
    const props = `customXml/itemProps${n}.xml`;
    if (!findEntry(zip, item) && !findEntry(zip, props) && !findEntry(zip, relsPartName(item))) return { item, props };
  }
};

/** A GUID for the part's datastore item id, made from its first content so the same input writes the same file. */
const itemId = (json: string): string => {
  const h = textHash(json).toUpperCase();
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}}`;
};

/**
 * The package with `json` stored as its snapshot: our part's content replaced where it exists
 * (nothing else changes), else a new custom XML part with its properties part, the relationship
 * from the main part and the content type of the properties. Every other part keeps its bytes.
 */
export const withSnapshot = (bytes: Uint8Array, json: string): Uint8Array => {
  const zip = readZip(bytes);
  const content = encodeText(snapshotPartXml(json), false);
  const existing = findSnapshotPart(zip);
  if (existing) return rewriteZip(zip, new Map([[existing.part, content]]));
  const main = mainPartOf(zip);
  if (!main) throw new FileError('damaged', { kind: 'missing-part', part: '_rels/.rels' }, 'no officeDocument relationship');
  const { item, props } = freeItem(zip);
  const replace = new Map<string, Uint8Array>();
  const add: NewEntry[] = [
    { name: item, data: content },
    {
      name: props,
      data: encodeText(
        `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${itemId(json)}" xmlns:ds="${DATASTORE_NS}"><ds:schemaRefs><ds:schemaRef ds:uri="${SNAPSHOT_NS}"/></ds:schemaRefs></ds:datastoreItem>`,
        false,
      ),
    },
    { name: relsPartName(item), data: encodeText(newRelationships(CUSTOM_XML_PROPS, relativeTarget(item, props)), false) },
  ];
  const mainRels = relsPartName(main);
  const rels = readText(zip, mainRels);
  if (rels) replace.set(rels.name, encodeText(addRelationship(rels.name, rels.text, CUSTOM_XML, relativeTarget(main, item)).xml, rels.bom));
  else add.push({ name: mainRels, data: encodeText(newRelationships(CUSTOM_XML, relativeTarget(main, item)), false) });
  const RELS_TYPE = 'application/vnd.openxmlformats-package.relationships+xml';
  const types = readText(zip, CONTENT_TYPES);
  if (!types) throw new FileError('damaged', { kind: 'missing-part', part: CONTENT_TYPES });
  const declared = declareParts(types.text, [
    { part: item, type: ITEM_TYPE },
    { part: props, type: PROPS_TYPE },
    { part: relsPartName(item), type: RELS_TYPE },
    ...(rels ? [] : [{ part: mainRels, type: RELS_TYPE }]),
  ]);
  if (declared !== types.text) replace.set(types.name, encodeText(declared, types.bom));
  return rewriteZip(zip, replace, add);
};
