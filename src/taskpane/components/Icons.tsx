import type { ReactElement } from 'react';
import type { Severity } from '../../core/findings';

/**
 * The few glyphs the pane draws, as small inline SVGs in the text colour (so forced-colors
 * mode paints them in the system's colours). Decorative: the text beside each says it all.
 */

export const Chevron = ({ open }: { open: boolean }) => (
  <svg className={open ? 'st-chevron st-chevron-open' : 'st-chevron'} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    <path d="M6 3.5 10.5 8 6 12.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
  </svg>
);

// The marks inside (class st-inner) take the background colour from the stylesheet.
const SHAPES: Record<Severity, ReactElement> = {
  // A disc with a cross.
  error: (
    <>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M5.5 5.5l5 5M10.5 5.5l-5 5" className="st-inner-stroke" strokeWidth="1.6" strokeLinecap="round" />
    </>
  ),
  // A triangle with an exclamation mark.
  warning: (
    <>
      <path d="M8 1.5 15 14.5H1z" fill="currentColor" strokeLinejoin="round" />
      <path d="M8 6v4" className="st-inner-stroke" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="8" cy="12.2" r="0.9" className="st-inner-fill" />
    </>
  ),
  // A disc with an i.
  info: (
    <>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M8 7.2v4.3" className="st-inner-stroke" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="8" cy="4.9" r="0.9" className="st-inner-fill" />
    </>
  ),
};

export const SeverityIcon = ({ severity }: { severity: Severity }) => (
  <svg className={`st-sev-icon st-sev-${severity}`} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    {SHAPES[severity]}
  </svg>
);
