import { Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { formatDutchDate } from '../../core/datestamp';
import type { CheckReport } from '../../core/check';
import { useMessages } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  line: { fontWeight: tokens.fontWeightSemibold },
});

/** "2 fouten · 3 waarschuwingen · 6 info", and what was checked against which date. */
export const Summary = ({ report }: { report: Extract<CheckReport, { ok: true }> }) => {
  const m = useMessages();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={m.summaryLabel}>
      <Text className={styles.line} data-testid="summary" role="status">
        {m.summary(report.counts)}
      </Text>
      <Caption1>
        {m.stats(report.stats.rows, report.stats.measures, report.stats.headings)} ·{' '}
        {m.referenceDate(formatDutchDate(report.referenceDate))}
      </Caption1>
    </section>
  );
};
