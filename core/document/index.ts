// Document services' public entry point: template documents, sections and counts, find, typing, versions.
export * from './compare-versions';
export * from './find-text';
export * from './french-typing';
export * from './from-template';
export * from './pm-blocks';
export * from './sections';
export * from './word-count';
