import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useMessages } from '../i18n';
import { describeChange, type Change } from '../outcome';

export const ChangeReport = ({ change }: { change: Change }) => {
  const m = useMessages();
  const lines = describeChange(change, m);
  const merged = !change.result.notes.includes('heading-not-merged');
  return (
    <MessageBar intent={merged ? 'success' : 'warning'} layout="multiline" role="status" data-testid="change-report">
      <MessageBarBody>
        <MessageBarTitle>{m.changesTitle}</MessageBarTitle>
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
};
