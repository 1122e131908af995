import { formatDutchDate } from '../datestamp';
import { isBlankCell } from '../document';
import { measures } from '../model';
import { matchMeasures } from '../review/diff';
import { snapshotMeasure } from '../review/snapshot';
import { measureFinding, type Rule } from './rule';

/**
 * A status nobody touched this round: byte for byte the text of the last stand (the document's
 * snapshot), while the stamp has moved on since. Measures are matched to the snapshot as the
 * review's diff matches them (number, then title). An empty status is status.missing's.
 */
export const statusUnchanged: Rule<'status.unchanged'> = {
  id: 'status.unchanged',
  severity: 'warning',
  title: { nl: 'Stand van zaken niet bijgewerkt', en: 'Status not updated' },
  fix: {
    nl: 'Schrijf wat er sinds de vorige stand is gebeurd, ook als dat is dat er niets veranderde.',
    en: 'Write what happened since the last stand, even if that is that nothing changed.',
  },
  check: ({ table, snapshot, planningOf }) => {
    const stamp = table.dateStamp;
    if (!snapshot || !stamp || (snapshot.date !== undefined && stamp.date <= snapshot.date)) return [];
    const rows = measures(table);
    const now = rows.map((m) => snapshotMeasure(m, planningOf));
    const { pairs } = matchMeasures(snapshot.measures, now);
    const since = snapshot.date ? formatDutchDate(snapshot.date) : undefined;
    return pairs.flatMap(([i, j]) => {
      const row = rows[j];
      if (!row || isBlankCell(row.cells.standVanZaken) || snapshot.measures[i]?.status !== now[j]?.status) return [];
      return [
        measureFinding(statusUnchanged, row, 'standVanZaken', {
          nl: since
            ? `De stand van zaken van maatregel ${row.subject} is niet bijgewerkt: de tekst is precies die van de vorige stand (${since}), terwijl de datum nu ${stamp.words} is.`
            : `De stand van zaken van maatregel ${row.subject} is niet bijgewerkt: de tekst is precies die van de vorige stand, terwijl de datum nu ${stamp.words} is.`,
          en: since
            ? `The status of measure ${row.subject} was not updated: its text is exactly that of the previous stand (${since}), while the date is now ${stamp.words}.`
            : `The status of measure ${row.subject} was not updated: its text is exactly that of the previous stand, while the date is now ${stamp.words}.`,
        }),
      ];
    });
  },
};
