/** The pure core of Statustabel: no Office, no React, no I/O. */
export * from './calendar';
export * from './check';
export * from './columns';
export * from './datestamp';
export * from './document';
export * from './edits';
export * from './findings';
export * from './grid';
export * from './headings';
export * from './model';
export * from './planning';
export * from './review';
export * from './rules';
export * from './settings';
export * from './tableGrid';
export * from './text';
