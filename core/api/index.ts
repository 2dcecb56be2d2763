// The API contract's public entry point for the renderer (no dispatcher: that is the back end's).
export * from './bridge';
export * from './contract';
export * from './errors';
