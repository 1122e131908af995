import { isBlankCell } from '../document';
import { measures } from '../model';
import { matchMeasures } from '../review/diff';
import { snapshotMeasures } from '../review/snapshot';
import { capitalized, localizedDate, measureFinding, measureName, type Rule } from './rule';

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
    nl: 'Schrijf op wat er sinds de vorige stand is gebeurd, of dat er niets is veranderd.',
    en: 'Write what happened since the previous stand, or that nothing changed.',
  },
  check: ({ table, snapshot, planningOf }) => {
    const stamp = table.dateStamp;
    if (!snapshot || !stamp || (snapshot.date !== undefined && stamp.date <= snapshot.date)) return [];
    const rows = measures(table);
    const now = snapshotMeasures(rows, planningOf);
    const { pairs } = matchMeasures(snapshot.measures, now);
    const since = snapshot.date ? localizedDate(snapshot.date) : undefined;
    return pairs.flatMap(([i, j]) => {
      const row = rows[j];
      const before = snapshot.measures[i];
      const after = now[j];
      if (!row || !before || !after || isBlankCell(row.cells.standVanZaken) || before.status !== after.status) return [];
      // A row whose planning or trekker was edited this round was looked at: only rows nobody touched are named.
      if (before.planning !== after.planning || before.planningHash !== after.planningHash || before.trekker !== after.trekker) return [];
      // The previous stand's date once, in the reader's language; the stamp's is in the document.
      const name = measureName(row);
      return [
        measureFinding(statusUnchanged, row, 'standVanZaken', {
          nl: `Bij ${name.nl} staat dezelfde stand van zaken als ${since ? `op ${since.nl}` : 'bij de vorige stand'}.`,
          en: `${capitalized(name.en)} has the same status as ${since ? `on ${since.en}` : 'at the previous stand'}.`,
        }),
      ];
    });
  },
};
