// Bundles the Electron main process and the preload into dist-electron/ (CommonJS: a sandboxed
// preload cannot be an ES module). better-sqlite3 stays external: its addon is loaded at run time;
// jsdom too (it requires optional modules at run time), shipped from node_modules. The Word-draft
// worker is its own bundle beside main.cjs, found through import.meta.url (defined for CommonJS).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, logLevel: 'info', external: ['electron', 'better-sqlite3', 'jsdom'] };
const importMetaUrl = {
  banner: { js: 'const __import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
  define: { 'import.meta.url': '__import_meta_url' },
};
await build({ ...common, ...importMetaUrl, entryPoints: ['main/electron/main.ts'], outfile: 'dist-electron/main.cjs', format: 'cjs' });
await build({ ...common, entryPoints: ['main/shared/draft-worker.ts'], outfile: 'dist-electron/draft-worker.cjs', format: 'cjs' });
await build({ ...common, entryPoints: ['main/preload/preload.ts'], outfile: 'dist-electron/preload.cjs', format: 'cjs' });
