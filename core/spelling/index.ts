// Spelling's public entry point: the words of a text, the checker over a Hunspell engine.
export * from './hunspell-engine';
export * from './spell-checker';
export * from './spell-tokens';
