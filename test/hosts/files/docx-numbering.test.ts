import { formatNumber, listLabels, parseNumbering, type ListParagraph } from '../../../src/hosts/files/ooxml/numbering';
import { EMPTY_STYLES, isHeadingStyle, parseStyles, runToggle, styleNumPr } from '../../../src/hosts/files/ooxml/styles';
import { FileError } from '../../../src/hosts/files/errors';
import { numberingXml, stylesXml, W_NS, type NumberingDefinition } from '../../../scripts/docx-fixtures/wml';

/** Word's list numbers (numbering.xml) and style inheritance (styles.xml), unit by unit. */

describe('formatNumber', () => {
  it('draws the formats Word draws, and any other as a decimal', () => {
    expect(['decimal', 'decimalZero', 'upperRoman', 'lowerRoman', 'upperLetter', 'lowerLetter', 'none'].map((f) => formatNumber(4, f))).toEqual([
      '4', '04', 'IV', 'iv', 'D', 'd', '',
    ]);
    // Word's letters after Z repeat the letter.
    expect([26, 27, 28, 53].map((n) => formatNumber(n, 'upperLetter'))).toEqual(['Z', 'AA', 'BB', 'AAA']);
    expect(formatNumber(1994, 'upperRoman')).toBe('MCMXCIV');
    // Ordinals and number words read as the number they are.
    expect(formatNumber(3, 'ordinal')).toBe('3');
    expect(formatNumber(3, 'cardinalText')).toBe('3');
    // Out of range for the format (a damaged or hostile start value): the decimal, never a huge string.
    expect(formatNumber(5000, 'upperRoman')).toBe('5000');
    expect(formatNumber(1e9, 'lowerLetter')).toBe('1000000000');
    expect(formatNumber(0, 'upperRoman')).toBe('0');
  });
});

const list = (definition: NumberingDefinition, paragraphs: readonly ListParagraph[], styles = EMPTY_STYLES) =>
  listLabels(parseNumbering(numberingXml(definition)), styles, paragraphs);

const MULTILEVEL = {
  id: 1,
  levels: [
    { ilvl: 0, start: 4, text: '%1.' },
    { ilvl: 1, start: 1, text: '%1.%2.' },
    { ilvl: 2, start: 1, text: '%1.%2.%3.' },
  ],
};
const at = (numId: number, ilvl: number): ListParagraph => ({ numPr: { numId, ilvl } });

describe('listLabels: the numbers Word draws before list paragraphs', () => {
  it('counts levels, restarting the deeper ones when a higher one is used, and ends each label with its suffix', () => {
    const labels = list({ abstracts: [MULTILEVEL], nums: [{ id: 1, abstractId: 1 }] }, [at(1, 0), at(1, 1), at(1, 2), at(1, 2), at(1, 1), at(1, 2), at(1, 0), at(1, 2)]);
    // A tab after the number (the default suffix) reads as a space.
    expect(labels).toEqual(['4. ', '4.1. ', '4.1.1. ', '4.1.2. ', '4.2. ', '4.2.1. ', '5. ', '5.1.1. ']);
  });

  it('lets w:lvlRestart keep a level counting past a higher level (0: never restart)', () => {
    const abstract = { id: 1, levels: [MULTILEVEL.levels[0], MULTILEVEL.levels[1], { ilvl: 2, start: 1, text: '%3)', restart: 1 }, { ilvl: 3, start: 1, text: '(%4)', restart: 0 }] } as NumberingDefinition['abstracts'][number];
    const labels = list({ abstracts: [abstract], nums: [{ id: 1, abstractId: 1 }] }, [at(1, 0), at(1, 2), at(1, 3), at(1, 1), at(1, 2), at(1, 3), at(1, 0), at(1, 2), at(1, 3)]);
    // Level 3 restarts only after level 1 (w:lvlRestart 1), not after level 2; level 4 never does.
    expect(labels).toEqual(['4. ', '1) ', '(1) ', '4.1. ', '2) ', '(2) ', '5. ', '1) ', '(3) ']);
  });

  it('shows a level not used yet at its start value', () => {
    expect(list({ abstracts: [MULTILEVEL], nums: [{ id: 1, abstractId: 1 }] }, [at(1, 2), at(1, 2), at(1, 0)])).toEqual(['4.1.1. ', '4.1.2. ', '4. ']);
  });

  it('continues one list across nums that share a definition; a num’s start override restarts its level once, when it is first used', () => {
    const labels = list(
      { abstracts: [MULTILEVEL], nums: [{ id: 1, abstractId: 1 }, { id: 2, abstractId: 1, startOverrides: { 2: 5 } }, { id: 3, abstractId: 1 }] },
      [at(1, 0), at(1, 1), at(1, 2), at(2, 2), at(2, 2), at(3, 2), at(1, 2), at(2, 2)],
    );
    expect(labels).toEqual(['4. ', '4.1. ', '4.1.1. ', '4.1.5. ', '4.1.6. ', '4.1.7. ', '4.1.8. ', '4.1.9. ']);
  });

  it('draws no label for a bullet, a missing num or level, or numId 0 — and a bullet still counts', () => {
    const definition: NumberingDefinition = {
      abstracts: [{ id: 1, levels: [{ ilvl: 0, start: 1, text: '%1.' }, { ilvl: 1, start: 1, format: 'bullet', text: '•' }] }],
      nums: [{ id: 1, abstractId: 1 }],
    };
    expect(list(definition, [at(1, 1), at(1, 1), at(9, 0), at(1, 5), at(0, 0), at(1, 0)])).toEqual([undefined, undefined, undefined, undefined, undefined, '1. ']);
  });

  it('takes the level text literally around the numbers, with a space, nothing or a tab after it', () => {
    const definition: NumberingDefinition = {
      abstracts: [
        { id: 1, levels: [{ ilvl: 0, start: 1, text: '4.2.%1.' }] },
        { id: 2, levels: [{ ilvl: 0, start: 1, text: 'Stap %1:', suffix: 'space' }] },
        { id: 3, levels: [{ ilvl: 0, start: 1, format: 'lowerLetter', text: '%1)', suffix: 'nothing' }] },
      ],
      nums: [{ id: 1, abstractId: 1 }, { id: 2, abstractId: 2 }, { id: 3, abstractId: 3 }],
    };
    expect(list(definition, [at(1, 0), at(1, 0), at(2, 0), at(3, 0), at(3, 0)])).toEqual(['4.2.1. ', '4.2.2. ', 'Stap 1: ', 'a)', 'b)']);
  });

  it('writes every number as a decimal on a legal level (w:isLgl)', () => {
    const xml = numberingXml({
      abstracts: [{ id: 1, levels: [{ ilvl: 0, start: 4, format: 'upperRoman', text: '%1' }, { ilvl: 1, start: 1, text: '%1.%2' }] }],
      nums: [{ id: 1, abstractId: 1 }],
    }).replace('<w:lvlText w:val="%1.%2"/>', '<w:isLgl/><w:lvlText w:val="%1.%2"/>');
    expect(listLabels(parseNumbering(xml), EMPTY_STYLES, [at(1, 0), at(1, 1)])).toEqual(['IV ', '4.1 ']);
  });

  it('numbers paragraphs through their style: the style’s w:numPr, the level linked to the style, numId 0 to stop it', () => {
    const styles = parseStyles(
      stylesXml([
        { id: 'Kop1', type: 'paragraph', name: 'heading 1', pPr: '<w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/>' },
        { id: 'Kop2', type: 'paragraph', name: 'heading 2', basedOn: 'Kop1', pPr: '<w:outlineLvl w:val="1"/>' },
      ]),
    );
    const definition: NumberingDefinition = {
      abstracts: [{ id: 1, levels: [{ ilvl: 0, start: 4, text: '%1', style: 'Kop1' }, { ilvl: 1, start: 1, text: '%1.%2', style: 'Kop2' }] }],
      nums: [{ id: 1, abstractId: 1 }],
    };
    const labels = list(definition, [{ style: 'Kop1' }, { style: 'Kop2' }, { style: 'Kop2' }, { style: 'Kop1', numPr: { numId: 0 } }, { style: 'Kop1' }], styles);
    expect(labels).toEqual(['4 ', '4.1 ', '4.2 ', undefined, '5 ']);
  });

  it('follows a numbering style’s link (w:numStyleLink) to the list that defines the levels', () => {
    const styles = parseStyles(stylesXml([{ id: 'Lijststijl', type: 'numbering', name: 'Lijststijl', pPr: '<w:numPr><w:numId w:val="1"/></w:numPr>' }]));
    const xml = numberingXml({
      abstracts: [MULTILEVEL, { id: 2, levels: [] }],
      nums: [{ id: 1, abstractId: 1 }, { id: 2, abstractId: 2 }],
    }).replace('<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="multilevel"/>', '<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="Lijststijl"/>');
    expect(listLabels(parseNumbering(xml), styles, [at(2, 0), at(1, 1), at(2, 1)])).toEqual(['4. ', '4.1. ', '4.2. ']);
  });

  it('refuses a numbering part with a DTD, and one that is not XML', () => {
    expect(() => parseNumbering(`<!DOCTYPE x><w:numbering xmlns:w="${W_NS}"/>`)).toThrow(FileError);
    expect(() => parseNumbering('<w:numbering')).toThrow(FileError);
  });
});

describe('styles', () => {
  const styles = parseStyles(
    stylesXml([
      { id: 'Kop1', type: 'paragraph', name: 'heading 1', pPr: '<w:outlineLvl w:val="0"/>', rPr: '<w:b/>' },
      { id: 'Kop3', type: 'paragraph', name: 'heading 3' },
      { id: 'Sectie', type: 'paragraph', name: 'Sectie', basedOn: 'Kop1' },
      { id: 'Platte', type: 'paragraph', name: 'Platte', basedOn: 'Kop1', pPr: '<w:outlineLvl w:val="9"/>' },
      { id: 'Rond1', type: 'paragraph', name: 'Rond1', basedOn: 'Rond2' },
      { id: 'Rond2', type: 'paragraph', name: 'Rond2', basedOn: 'Rond1' },
      { id: 'Vet', type: 'character', name: 'Vet', rPr: '<w:b/>' },
      { id: 'Weg', type: 'character', name: 'Weg', basedOn: 'Vet', rPr: '<w:vanish/>' },
      { id: 'Lijst', type: 'paragraph', name: 'Lijst', pPr: '<w:numPr><w:ilvl w:val="2"/><w:numId w:val="7"/></w:numPr>' },
    ]),
  );

  it('knows a heading style by its outline level through basedOn, or by Word’s built-in name; outline level 9 is body text', () => {
    expect(['Kop1', 'Kop3', 'Sectie', 'Platte', 'Rond1', 'Standaard', 'Onbekend'].map((id) => isHeadingStyle(styles, id))).toEqual([
      true, true, true, false, false, false, false,
    ]);
  });

  it('resolves bold and hidden as toggle properties: direct formatting wins; paragraph and character style toggle each other', () => {
    expect(runToggle(styles, 'bold', 'Kop1', undefined, undefined)).toBe(true);
    expect(runToggle(styles, 'bold', 'Sectie', undefined, undefined)).toBe(true);
    expect(runToggle(styles, 'bold', 'Standaard', 'Vet', undefined)).toBe(true);
    // A bold character style in a bold paragraph style reads normal (ECMA-376 §17.7.3).
    expect(runToggle(styles, 'bold', 'Kop1', 'Vet', undefined)).toBe(false);
    expect(runToggle(styles, 'bold', 'Kop1', undefined, false)).toBe(false);
    expect(runToggle(styles, 'vanish', 'Standaard', 'Weg', undefined)).toBe(true);
    expect(runToggle(styles, 'bold', 'Standaard', 'Weg', undefined)).toBe(true);
  });

  it('gives a paragraph style’s list membership through its chain', () => {
    expect(styleNumPr(styles, 'Lijst')).toEqual({ numId: 7, ilvl: 2 });
    expect(styleNumPr(styles, 'Kop1')).toBeUndefined();
  });
});
