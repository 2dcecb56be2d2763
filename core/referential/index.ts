// The référentiel's and templates' public entry point for the renderer: their schemas (loading them from disk is the back end's).
export * from './referentiel-schema';
export * from './template-schema';
