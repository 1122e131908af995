import { Button } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { ViewFinding } from '../check/view';
import { findingsToCsv, findingsToMarkdown } from '../exportFindings';
import { useClipboard } from '../hooks/useClipboard';
import { useLanguage, useMessages } from '../i18n';
import { Bar } from './Problem';

export const ExportPanel = ({ findings }: { findings: readonly ViewFinding[] }) => {
  const m = useMessages();
  const lang = useLanguage();
  const { state, copy } = useClipboard();
  const manual = useRef<HTMLTextAreaElement>(null);
  // Copying by hand: the text is there to select, so focus goes to it, selected.
  useEffect(() => {
    if (state.status === 'manual') {
      manual.current?.focus();
      manual.current?.select();
    }
  }, [state]);
  return (
    <section className="st-section" aria-labelledby="st-export-title">
      <h2 id="st-export-title" className="st-h2">
        {m.exportTitle}
      </h2>
      <div className="st-row">
        <Button onClick={() => void copy(findingsToMarkdown(findings, lang, m), 'Markdown')}>{m.copyMarkdown}</Button>
        <Button onClick={() => void copy(findingsToCsv(findings, lang, m), 'CSV')}>{m.copyCsv}</Button>
      </div>
      {state.status === 'copied' ? (
        <Bar intent="success" title={m.copiedTitle}>
          <p className="st-bar-text">{m.copied(state.format)}</p>
        </Bar>
      ) : null}
      {state.status === 'manual' ? (
        <>
          <Bar intent="warning" title={m.copyFallbackTitle}>
            <p className="st-bar-text">{m.copyFallback}</p>
          </Bar>
          <textarea ref={manual} className="st-textarea" readOnly value={state.text} aria-label={m.exportTitle} rows={6} />
        </>
      ) : null}
    </section>
  );
};
