import { Button } from '@fluentui/react-components';
import { useClipboard } from '../hooks/useClipboard';
import { useMessages } from '../i18n';
import { CopyFeedback } from './CopyFeedback';

/**
 * "Diagnose kopiëren": what Office says about itself and its last error, as text on the clipboard
 * (issue 9). Made at the click, so it is as fresh as the click; nothing is sent anywhere.
 */
export const DiagnosisPanel = ({ diagnose }: { diagnose: () => string }) => {
  const m = useMessages();
  const { state, copy } = useClipboard();
  return (
    <section className="st-section" aria-labelledby="st-diagnosis-title" data-testid="diagnosis">
      <h2 id="st-diagnosis-title" className="st-h2">
        {m.diagnosis.title}
      </h2>
      <p className="st-caption">{m.diagnosis.intro}</p>
      <div className="st-row">
        <Button onClick={() => void copy(diagnose(), 'text')}>{m.diagnosis.copy}</Button>
      </div>
      <CopyFeedback state={state} copied={m.diagnosis.copied} label={m.diagnosis.title} />
    </section>
  );
};
