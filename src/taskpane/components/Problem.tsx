import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { forwardRef, type ReactNode } from 'react';
import { useMessages } from '../i18n';
import { describeError, type PaneError } from '../../app/outcome';

/**
 * A message bar as the pane uses them: always a title (Fluent labels the bar by it), a body,
 * actions that wrap; focusable by script (tabIndex -1) so the pane can move focus to a report.
 */
export const Bar = forwardRef<
  HTMLDivElement,
  {
    intent: 'info' | 'success' | 'warning' | 'error';
    title: string;
    children?: ReactNode;
    actions?: ReactNode;
    role?: 'status' | 'alert';
    testId?: string;
    bodyId?: string;
  }
>(({ intent, title, children, actions, role = 'status', testId, bodyId }, ref) => (
  <MessageBar ref={ref} intent={intent} layout="multiline" role={role} tabIndex={-1} className="st-bar" data-testid={testId}>
    <MessageBarBody className="st-bar-body">
      <MessageBarTitle>{title}</MessageBarTitle>
      <div id={bodyId}>{children}</div>
    </MessageBarBody>
    {actions ? <MessageBarActions className="st-bar-actions">{actions}</MessageBarActions> : null}
  </MessageBar>
));
Bar.displayName = 'Bar';

export interface ErrorBarProps {
  readonly error: PaneError;
  readonly onDismiss?: () => void;
  /** The language Office speaks (its own words in the details are in it), e.g. "en-US". */
  readonly officeLanguage?: string;
}

/** A failure: the catalogue's sentence first; what Office said only behind "Details". */
export const ErrorBar = forwardRef<HTMLDivElement, ErrorBarProps>(({ error, onDismiss, officeLanguage }, ref) => {
  const m = useMessages();
  const { text, detail } = describeError(error, m);
  return (
    <Bar
      ref={ref}
      intent={error.kind === 'host' && error.code === 'busy' ? 'warning' : 'error'}
      title={m.errorTitle}
      role="alert"
      actions={onDismiss ? <Button onClick={onDismiss}>{m.dismiss}</Button> : undefined}
    >
      <p className="st-bar-text">{text}</p>
      {detail ? (
        <details className="st-details">
          <summary>{m.details}</summary>
          <p className="st-bar-text" lang={officeLanguage}>
            {detail}
          </p>
        </details>
      ) : null}
    </Bar>
  );
});
ErrorBar.displayName = 'ErrorBar';
