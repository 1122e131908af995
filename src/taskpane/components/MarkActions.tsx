import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import { isCellLocation } from '../../core/document';
import type { Finding } from '../../core/findings';
import type { MarksCapability } from '../../hosts/host';
import { useMessages } from '../i18n';

/** For a host that can colour cells (Excel): mark the findings on the sheet, and clear the marks. */
export interface MarkActionsProps {
  readonly marks: MarksCapability;
  readonly findings: readonly Finding[];
  readonly disabled: boolean;
  readonly onError: (error: unknown) => void;
}

export const MarkActions = ({ marks, findings, disabled, onError }: MarkActionsProps) => {
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
        onClick={() => run(() => marks.mark(locations).then(() => m.marked(locations.length)))}
      >
        {m.markFindings}
      </Button>
      <Button disabled={disabled || working} onClick={() => run(() => marks.clear().then(() => m.marksCleared))}>
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
