import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useMessages, type ReportReason } from '../i18n';
import { errorLines, type PaneError } from '../outcome';

/** The message for a failure: a host's error code, or anything unexpected. */
export const ErrorBar = ({ error, onDismiss }: { error: PaneError; onDismiss?: () => void }) => {
  const m = useMessages();
  const [text, detail] = errorLines(error, m);
  return (
    <MessageBar intent={error.kind === 'host' && error.code === 'busy' ? 'warning' : 'error'} layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{m.errorTitle}</MessageBarTitle>
        {text}
        {detail ? <div>{detail}</div> : null}
      </MessageBarBody>
      {onDismiss ? (
        <MessageBarActions>
          <Button onClick={onDismiss}>{m.dismiss}</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
};

/**
 * Why the check could not judge the document (it holds no status table). On a sheet the host
 * reads nothing without a header row of ours, so "empty" there means "no status table here".
 */
export const ReasonBar = ({ reason, sheet = false }: { reason: ReportReason; sheet?: boolean }) => {
  const m = useMessages();
  return (
    <MessageBar intent="warning" layout="multiline" role="status">
      <MessageBarBody>{sheet ? m.noStatusTableOnSheet : m.reportReason[reason]}</MessageBarBody>
    </MessageBar>
  );
};
