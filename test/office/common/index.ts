/** Shared machinery of the Office test doubles (Word, Excel). Browser-safe: no Node imports. */
export * from './errors';
export * from './context';
export * from './proxy';
export * from './settings';
