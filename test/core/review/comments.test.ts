import { checkDocument, commentSignature, findingComments, isOwnCommentText, readStatusTable, type Finding } from '../../../src/core';
import { doc, heading, row } from '../helpers';

const tableAndFindings = (today = '2026-11-24') => {
  const document = doc([heading('HUISVESTING'), row('4.1 Woningen', 'Loopt', 'najaar 2021', 'BZK'), row('4.2 Opvang', 'Loopt', 'eind 2030', '')], ['19 juni 2021']);
  const report = checkDocument(document, { today });
  const read = readStatusTable(document);
  if (!report.ok || !read.ok) throw new Error('no table');
  return { table: read.table, findings: report.findings };
};

describe('isOwnCommentText', () => {
  it('knows a comment by its last line, the signature, whatever dash or white space an editor left', () => {
    expect(isOwnCommentText(`Aan BZK: iets.\n${commentSignature('planning.past-due')}`)).toBe(true);
    expect(isOwnCommentText('Aan BZK: iets.\n- Statustabel (planning.past-due)\n\n')).toBe(true);
    expect(isOwnCommentText('Aan BZK: iets.\r\n–  Statustabel  (trekker.missing) ')).toBe(true);
  });

  it('does not take a person’s comment for its own, even one quoting the signature', () => {
    expect(isOwnCommentText('Graag aanpassen.')).toBe(false);
    expect(isOwnCommentText(`${commentSignature('planning.past-due')}\nWat bedoelt Statustabel hiermee?`)).toBe(false);
    expect(isOwnCommentText('— Statustabel (Planning!)')).toBe(false);
    expect(isOwnCommentText('')).toBe(false);
  });
});

describe('findingComments', () => {
  it('addresses each finding to its row’s trekker, in the language asked, and signs it with the rule', () => {
    const { table, findings } = tableAndFindings();
    const pastDue = findings.find((f) => f.rule === 'planning.past-due') as Finding;
    const [nl] = findingComments(table, [pastDue], 'nl');
    expect(nl).toEqual({
      location: { block: 0, row: 2, column: 2 },
      rule: 'planning.past-due',
      text: `Aan BZK: ${pastDue.message.nl}\n— Statustabel (planning.past-due)`,
    });
    expect(findingComments(table, [pastDue], 'en')[0]?.text).toBe(`To BZK: ${pastDue.message.en}\n— Statustabel (planning.past-due)`);
  });

  it('leaves out the address where the row names no trekker, and puts a finding without a cell on the header', () => {
    const { table, findings } = tableAndFindings();
    const missing = findings.find((f) => f.rule === 'trekker.missing') as Finding;
    expect(findingComments(table, [missing], 'nl')[0]?.text).toBe(`${missing.message.nl}\n— Statustabel (trekker.missing)`);
    const placeless: Finding = { rule: 'heading.missing', severity: 'warning', message: { nl: 'Kop ontbreekt.', en: 'Heading missing.' } };
    expect(findingComments(table, [placeless], 'nl')[0]?.location).toEqual({ block: 0, row: 0, column: 0 });
    const rowOnly: Finding = { ...placeless, location: { block: 0, row: 2 } };
    expect(findingComments(table, [rowOnly], 'nl')[0]).toMatchObject({ location: { block: 0, row: 2, column: 0 }, text: 'Aan BZK: Kop ontbreekt.\n— Statustabel (heading.missing)' });
  });
});
