import { Button, makeStyles, MessageBar, MessageBarBody, Subtitle2, Textarea, tokens } from '@fluentui/react-components';
import type { Finding } from '../../core/findings';
import type { StatusTable } from '../../core/model';
import { findingsToCsv, findingsToMarkdown } from '../exportFindings';
import { useClipboard } from '../hooks/useClipboard';
import { useLanguage, useMessages } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export const ExportPanel = ({ findings, table }: { findings: readonly Finding[]; table: StatusTable | undefined }) => {
  const m = useMessages();
  const lang = useLanguage();
  const styles = useStyles();
  const { state, copy } = useClipboard();
  return (
    <section className={styles.root} aria-label={m.exportTitle}>
      <Subtitle2 as="h2">{m.exportTitle}</Subtitle2>
      <div className={styles.buttons}>
        <Button onClick={() => void copy(findingsToMarkdown(findings, table, lang, m), 'Markdown')}>{m.copyMarkdown}</Button>
        <Button onClick={() => void copy(findingsToCsv(findings, table, lang, m), 'CSV')}>{m.copyCsv}</Button>
      </div>
      {state.status === 'copied' ? (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>{m.copied(state.format)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.status === 'manual' ? (
        <>
          <MessageBar intent="warning" layout="multiline" role="status">
            <MessageBarBody>{m.copyFallback}</MessageBarBody>
          </MessageBar>
          <Textarea readOnly value={state.text} aria-label={m.exportTitle} resize="vertical" rows={6} />
        </>
      ) : null}
    </section>
  );
};
