import { useEffect, useRef } from 'react';
import type { CopyState } from '../hooks/useClipboard';
import { useMessages } from '../i18n';
import { Bar } from './Problem';

export interface CopyFeedbackProps {
  readonly state: CopyState;
  /** What a copy that worked says ("De diagnose staat op het klembord."). */
  readonly copied: string;
  /** The name of the text area shown where the clipboard was refused. */
  readonly label: string;
}

/**
 * What a copy did: a line when the clipboard took the text; where it was refused (an Office frame
 * without clipboard access), the text itself in a read-only area, focused and selected, to copy
 * by hand.
 */
export const CopyFeedback = ({ state, copied, label }: CopyFeedbackProps) => {
  const m = useMessages();
  const manual = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (state.status === 'manual') {
      manual.current?.focus();
      manual.current?.select();
    }
  }, [state]);
  if (state.status === 'copied') {
    return (
      <Bar intent="success" title={m.copiedTitle}>
        <p className="st-bar-text">{copied}</p>
      </Bar>
    );
  }
  if (state.status === 'manual') {
    return (
      <>
        <Bar intent="warning" title={m.copyFallbackTitle}>
          <p className="st-bar-text">{m.copyFallback}</p>
        </Bar>
        <textarea ref={manual} className="st-textarea" readOnly value={state.text} aria-label={label} rows={6} />
      </>
    );
  }
  return null;
};
