// What the renderer uses of the import: the sanitiser pasted HTML goes through (reading Word files is the back end's).
export * from './sanitize-html';
