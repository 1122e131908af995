import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import { isCellLocation, type CellLocation } from '../../core/document';
import type { Finding } from '../../core/findings';
import type { StatusHost } from '../../hosts/host';
import { useMessages } from '../i18n';

/** A host that can colour cells (Excel): the pane offers to mark the findings on the sheet. */
export interface MarkingHost extends StatusHost {
  markFindings(locations: readonly CellLocation[]): Promise<void>;
  clearMarks(): Promise<void>;
}

export const canMark = (host: StatusHost): host is MarkingHost =>
  typeof (host as Partial<MarkingHost>).markFindings === 'function' &&
  typeof (host as Partial<MarkingHost>).clearMarks === 'function';

export interface MarkActionsProps {
  readonly host: MarkingHost;
  readonly findings: readonly Finding[];
  readonly disabled: boolean;
  readonly onError: (error: unknown) => void;
}

export const MarkActions = ({ host, findings, disabled, onError }: MarkActionsProps) => {
  const m = useMessages();
  const [working, setWorking] = useState(false);
  const [done, setDone] = useState<string>();
  const run = (work: () => Promise<string>) => {
    setWorking(true);
    setDone(undefined);
    work()
      .then(setDone)
      .catch(onError)
      .finally(() => setWorking(false));
  };
  const locations = findings.flatMap((f) => (f.location && isCellLocation(f.location) ? [f.location] : []));
  return (
    <>
      <Button
        disabled={disabled || working || locations.length === 0}
        onClick={() => run(() => host.markFindings(locations).then(() => m.marked(locations.length)))}
      >
        {m.markFindings}
      </Button>
      <Button disabled={disabled || working} onClick={() => run(() => host.clearMarks().then(() => m.marksCleared))}>
        {m.clearMarks}
      </Button>
      {done ? (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
};
