import type { OfficeErrorInfo } from '../hosts/officeErrors';
import type { Messages } from '../app/i18n/messages';
import type { OfficeFacts } from './officeFacts';

/** The last error Office raised in this pane, and when (ISO 8601, UTC). */
export interface LastOfficeError extends OfficeErrorInfo {
  readonly at: string;
}

/**
 * "Diagnose kopiëren" as plain text, one fact a line, for the user to paste into a mail to
 * whoever supports them: labels in the pane's language, Office's own words (host, version, the
 * error's message) as Office gave them. A fact Office did not give reads "onbekend"/"unknown".
 */
export const diagnosisText = (facts: OfficeFacts, last: LastOfficeError | undefined, m: Messages): string => {
  const d = m.diagnosis;
  const value = (fact: string | undefined): string => fact ?? d.unknown;
  const lines = [
    d.heading,
    `${d.host}: ${value(facts.host)}`,
    `${d.platform}: ${value(facts.platform)}`,
    `${d.version}: ${value(facts.version)}`,
    `${d.language}: ${value(facts.language)}`,
    `${d.sets}:`,
    ...(facts.sets.length === 0
      ? [`- ${d.none}`]
      : facts.sets.map(({ set, supported }) => `- ${set.name} ${set.version}: ${supported === undefined ? d.unknown : supported ? d.yes : d.no}`)),
  ];
  if (!last) lines.push(`${d.lastError}: ${d.none}`);
  else {
    lines.push(
      `${d.lastError} (${last.at}):`,
      `- ${d.code}: ${last.code}`,
      `- ${d.message}: ${last.message}`,
      `- ${d.location}: ${last.errorLocation ?? d.unknown}`,
    );
  }
  return lines.join('\n');
};
