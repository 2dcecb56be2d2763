// The business blocks' public entry point for the renderer and the other layers.
export * from './block-colors';
export * from './block-spec';
export * from './block-text';
export * from './computations';
export * from './invalid-values';
export * from './parse-values';
export * from './registry';
export * from './validate-block';
export { ACTION_TYPES } from './specs-pac';
