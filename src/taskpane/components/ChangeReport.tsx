import { Button } from '@fluentui/react-components';
import { forwardRef } from 'react';
import { useMessages } from '../i18n';
import { changedAnything, describeChange, type Change } from '../../app/outcome';
import { Bar } from './Problem';

/** What a fix wrote ("Gewijzigd"), or a neutral "Niets gewijzigd"; the pane moves focus here. */
export const ChangeReport = forwardRef<HTMLDivElement, { change: Change; onDismiss: () => void }>(({ change, onDismiss }, ref) => {
  const m = useMessages();
  const lines = describeChange(change, m);
  const changed = changedAnything(change);
  const notMerged = change.result.notes.includes('heading-not-merged');
  return (
    <Bar
      ref={ref}
      intent={!changed ? 'info' : notMerged ? 'warning' : 'success'}
      title={changed ? m.changesTitle : m.nothingChangedTitle}
      testId="change-report"
      actions={<Button onClick={onDismiss}>{m.dismiss}</Button>}
    >
      {lines.length === 1 ? (
        <p className="st-bar-text">{lines[0]}</p>
      ) : (
        <ul className="st-bar-list">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </Bar>
  );
});
ChangeReport.displayName = 'ChangeReport';
