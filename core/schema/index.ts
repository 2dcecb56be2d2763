// The editor schema's public entry point: the TipTap extensions without views, and the figure node's attributes.
export * from './extensions';
export * from './figure';
