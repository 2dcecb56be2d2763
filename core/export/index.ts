// What the renderer uses of the exports: the names a file is suggested under (the exporters are the back end's).
export * from './export-names';
