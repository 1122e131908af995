import { isBlankCell } from '../document';
import { measures } from '../model';
import { matchMeasures } from '../review/diff';
import { snapshotMeasure } from '../review/snapshot';
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
    nl: 'Vraag de trekker om de stand van zaken voor deze ronde bij te werken.',
    en: 'Ask the trekker (lead) to update the status for this round.',
  },
  check: ({ table, snapshot, planningOf }) => {
    const stamp = table.dateStamp;
    if (!snapshot || !stamp || (snapshot.date !== undefined && stamp.date <= snapshot.date)) return [];
    const rows = measures(table);
    const now = rows.map((m) => snapshotMeasure(m, planningOf));
    const { pairs } = matchMeasures(snapshot.measures, now);
    // The stamp's date is in the pane's summary; the message names the previous stand's date once.
    const since = snapshot.date ? localizedDate(snapshot.date) : undefined;
    return pairs.flatMap(([i, j]) => {
      const row = rows[j];
      if (!row || isBlankCell(row.cells.standVanZaken) || snapshot.measures[i]?.status !== now[j]?.status) return [];
      const name = measureName(row);
      return [
        measureFinding(statusUnchanged, row, 'standVanZaken', {
          nl: since
            ? `${capitalized(name.nl)} heeft nog dezelfde stand van zaken als op ${since.nl}.`
            : `${capitalized(name.nl)} heeft nog dezelfde stand van zaken als in de vorige stand.`,
          en: since
            ? `${capitalized(name.en)} still has the same status as on ${since.en}.`
            : `${capitalized(name.en)} still has the same status as in the previous stand.`,
        }),
      ];
    });
  },
};
