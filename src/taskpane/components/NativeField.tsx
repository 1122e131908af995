import { forwardRef, useId, type ChangeEvent, type FocusEventHandler, type ReactNode } from 'react';

/*
 * Native <select> and <input> with a <label for>, styled in page.css on Fluent's CSS variables.
 * Fluent's Field, Select and Input added about 30 KB minified to the pane (issue 14: the pane
 * bundle must stay within 150 KB gzipped); the browser's own controls carry the same roles,
 * names, focus and disabled states, and follow forced colours without help.
 */

interface FieldShellProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly hintId: string;
  readonly className?: string;
  readonly children: ReactNode;
}

const FieldShell = ({ id, label, hint, hintId, className, children }: FieldShellProps) => (
  <div className={className ? `st-field ${className}` : 'st-field'}>
    <label className="st-label" htmlFor={id}>
      {label}
    </label>
    {children}
    {hint ? (
      <span className="st-hint" id={hintId}>
        {hint}
      </span>
    ) : null}
  </div>
);

export interface SelectFieldProps {
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly onValue: (value: string) => void;
  readonly onFocus?: FocusEventHandler<HTMLSelectElement>;
  readonly children: ReactNode;
}

export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(({ label, hint, value, onValue, onFocus, children }, ref) => {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <FieldShell id={id} label={label} hint={hint} hintId={hintId}>
      <select
        ref={ref}
        id={id}
        className="st-control"
        value={value}
        aria-describedby={hint ? hintId : undefined}
        onFocus={onFocus}
        onChange={(event: ChangeEvent<HTMLSelectElement>) => onValue(event.target.value)}
      >
        {children}
      </select>
    </FieldShell>
  );
});
SelectField.displayName = 'SelectField';

export interface InputFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onValue: (value: string) => void;
  readonly className?: string;
}

export const InputField = forwardRef<HTMLInputElement, InputFieldProps>(({ label, value, onValue, className }, ref) => {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hintId={`${id}-hint`} className={className}>
      <input
        ref={ref}
        id={id}
        type="text"
        className="st-control"
        value={value}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onValue(event.target.value)}
      />
    </FieldShell>
  );
});
InputField.displayName = 'InputField';
