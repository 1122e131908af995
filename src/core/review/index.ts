/** The review round: a table's stand kept as a snapshot, and what moved since. */
export * from './diff';
export * from './hash';
export * from './snapshot';
export * from './comments';
