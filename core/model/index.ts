// The data model's public entry point: documents, cover and settings, history, review.
export * from './document';
export * from './history';
export * from './metadata';
export * from './review';
