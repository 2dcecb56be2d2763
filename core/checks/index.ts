// The checklist's public entry point: running the checks, their results, reading a plain table as a block.
export * from './recognize-table';
export * from './rule-kit';
export * from './run-checks';
export * from './thresholds';
