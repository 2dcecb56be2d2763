// Bundles the tutor's CLI into one prebuilt file (dist-cli/memoire.cjs), so `memoire` starts without
// compiling TypeScript. better-sqlite3 (native addon) and jsdom (optional requires) stay external.
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';

await build({
  entryPoints: ['main/cli/bin.ts'],
  outfile: 'dist-cli/memoire.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['better-sqlite3', 'jsdom'],
  banner: { js: '#!/usr/bin/env node\nconst __import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
  define: { 'import.meta.url': '__import_meta_url' },
  logLevel: 'warning',
});
// The Word-draft worker (main/shared/draft-reader.ts finds it beside the bundle).
await build({
  entryPoints: ['main/shared/draft-worker.ts'],
  outfile: 'dist-cli/draft-worker.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['better-sqlite3', 'jsdom'],
  logLevel: 'warning',
});
chmodSync('dist-cli/memoire.cjs', 0o755);
