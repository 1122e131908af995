import { Button } from '@fluentui/react-components';
import type { ViewFinding } from '../check/view';
import { findingsToCsv, findingsToMarkdown, type ReviewExport } from '../exportFindings';
import { useClipboard } from '../hooks/useClipboard';
import { useLanguage, useMessages } from '../i18n';
import { CopyFeedback } from './CopyFeedback';

export const ExportPanel = ({ findings, review }: { findings: readonly ViewFinding[]; review?: ReviewExport | undefined }) => {
  const m = useMessages();
  const lang = useLanguage();
  const { state, copy } = useClipboard();
  return (
    <section className="st-section" aria-labelledby="st-export-title">
      <h2 id="st-export-title" className="st-h2">
        {m.exportTitle}
      </h2>
      <div className="st-row">
        <Button onClick={() => void copy(findingsToMarkdown(findings, lang, m, review), 'Markdown')}>{m.copyMarkdown}</Button>
        <Button onClick={() => void copy(findingsToCsv(findings, lang, m, review), 'CSV')}>{m.copyCsv}</Button>
      </div>
      <CopyFeedback state={state} copied={state.status === 'copied' ? m.copied(state.format) : ''} label={m.exportTitle} />
    </section>
  );
};
