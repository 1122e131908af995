import { decodeAttribute, decodeText, scanXml, valueOf, XmlError, type XmlElement } from '../../../src/hosts/files/ooxml/xml';

/** The elements of a document as "uri local" with their depth, and the offsets of one attribute. */
const scan = (xml: string) => {
  const opened: XmlElement[] = [];
  const closed: { name: string; start: number; end: number }[] = [];
  const texts: string[] = [];
  scanXml(xml, {
    open: (e) => opened.push(e),
    close: (e, start, end) => closed.push({ name: e.name, start, end }),
    text: (_e, start, end, cdata) => texts.push(cdata ? xml.slice(start, end) : decodeText(xml.slice(start, end))),
  });
  return { opened, closed, texts };
};

const refused = (xml: string): string => {
  try {
    scanXml(xml, {});
  } catch (error) {
    if (error instanceof XmlError) return error.message.replace(/ at character \d+$/, '');
    throw error;
  }
  return 'accepted';
};

describe('scanXml', () => {
  it('reports elements with their namespaces, whatever prefix the document binds', () => {
    const xml = '<x:worksheet xmlns:x="urn:main" xmlns:r="urn:rel"><x:sheetData><x:row r="1"/></x:sheetData><drawing xmlns="urn:other" r:id="rId1"/></x:worksheet>';
    const { opened } = scan(xml);
    expect(opened.map((e) => `${e.depth} ${e.uri} ${e.local}`)).toEqual(['0 urn:main worksheet', '1 urn:main sheetData', '2 urn:main row', '1 urn:other drawing']);
    expect(valueOf(opened[3] as XmlElement, 'id', 'urn:rel')).toBe('rId1');
  });

  it('gives the exact offsets of tags and attribute values, so a writer can splice', () => {
    const xml = `<?xml version="1.0"?>\n<a>\n  <c r='B7' s="3">x &amp; y</c>\n</a>`;
    const { opened, closed, texts } = scan(xml);
    const c = opened[1] as XmlElement;
    expect(xml.slice(c.start, c.openEnd)).toBe(`<c r='B7' s="3">`);
    const r = c.attributes[0];
    expect(r && xml.slice(r.start, r.end)).toBe('B7');
    const close = closed.find((e) => e.name === 'c');
    expect(close && xml.slice(close.start, close.end)).toBe('</c>');
    expect(texts).toContain('x & y');
  });

  it('decodes references and normalises white space in attribute values as XML says', () => {
    expect(decodeAttribute('a&#9;b\nc&lt;&#x41;')).toBe('a\tb c<A');
    expect(decodeText('1\r\n2&#10;')).toBe('1\n2\n');
  });

  it.each([
    ['a DTD', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'],
    ['an entity it does not know', '<a>&nbsp;</a>'],
    ['a character XML does not allow', '<a>\u0001</a>'],
    ['an end tag for another element', '<a><b></a></b>'],
    ['an element never closed', '<a><b></b>'],
    ['an attribute given twice', '<a x="1" x="2"/>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['a < in an attribute', '<a x="<"/>'],
    ['an undeclared prefix', '<q:a/>'],
    ['text outside the root', '<a/>text'],
    ['two roots', '<a/><b/>'],
    ['a character reference to nothing XML allows', '<a>&#0;</a>'],
  ])('refuses %s', (_name, xml) => {
    expect(refused(xml)).not.toBe('accepted');
  });

  it('refuses nesting deeper than it reads, quickly', () => {
    const started = Date.now();
    expect(refused('<a>'.repeat(20_000) + '</a>'.repeat(20_000))).toMatch(/nested more than 1000 deep/);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('accepts comments, processing instructions, CDATA and a byte order mark', () => {
    const { texts } = scan('\uFEFF<?xml version="1.0"?><!-- c --><a><?pi x?><![CDATA[<b>&]]></a>');
    expect(texts).toEqual(['<b>&']);
  });
});
