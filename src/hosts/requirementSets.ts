/**
 * The Office requirement sets the hosts and the ribbon ask for, per application: what "Diagnose
 * kopiëren" probes with `Office.context.requirements.isSetSupported`
 * (https://learn.microsoft.com/office/dev/add-ins/develop/specify-api-requirements-runtime).
 * A test reads src/hosts and fails when a host asks for a set this list does not name.
 */

export interface RequirementSet {
  readonly name: string;
  readonly version: string;
}

export const REQUIREMENT_SETS: Readonly<Record<'word' | 'excel', readonly RequirementSet[]>> = {
  word: [
    // reading and writing the table (required)
    { name: 'WordApi', version: '1.3' },
    // merging a heading row; comments
    { name: 'WordApi', version: '1.4' },
    // live re-check on paragraph changes
    { name: 'WordApi', version: '1.6' },
    // the ribbon's outcome dialog
    { name: 'DialogApi', version: '1.1' },
  ],
  excel: [
    // the date stamp as a named item
    { name: 'ExcelApi', version: '1.4' },
    // reading and writing the table (required)
    { name: 'ExcelApi', version: '1.7' },
    // live re-check; formats of number cells only; mark patterns
    { name: 'ExcelApi', version: '1.9' },
    // comments
    { name: 'ExcelApi', version: '1.10' },
    // merged cells
    { name: 'ExcelApi', version: '1.13' },
    // the ribbon's outcome dialog
    { name: 'DialogApi', version: '1.1' },
  ],
};
