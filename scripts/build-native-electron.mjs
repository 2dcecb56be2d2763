// Builds better-sqlite3's addon for Electron's ABI into build/native-electron/, leaving
// node_modules/better-sqlite3 (Node's build, used by the tests and the CLI) untouched. The main
// process loads it through better-sqlite3's `nativeBinding` option. Needs Electron's headers, so
// it runs on a machine with internet access; it does nothing when the build is already current.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { assertElectronAbi } from './native-abi.mjs';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const sqliteVersion = require('better-sqlite3/package.json').version;
const arch = process.env.npm_config_arch || process.arch;
const outDir = 'build/native-electron';
const stampFile = join(outDir, 'stamp.json');
const stamp = JSON.stringify({ electronVersion, sqliteVersion, arch, platform: process.platform });

const built = join(outDir, 'better_sqlite3.node');
if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && existsSync(built)) {
  // The stamp alone proves nothing: a build against the wrong headers was once stamped as ready.
  assertElectronAbi(built, electronVersion);
  console.log(`Module natif Electron à jour (Electron ${electronVersion}, better-sqlite3 ${sqliteVersion}).`);
  process.exit(0);
}

const src = join(outDir, 'src');
rmSync(src, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
cpSync(dirname(require.resolve('better-sqlite3/package.json')), src, {
  recursive: true,
  filter: (path) => !path.includes(`${'/'}build${'/'}`) && !path.endsWith(`${'/'}build`),
});
const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
console.log(`Compilation de better-sqlite3 ${sqliteVersion} pour Electron ${electronVersion} (${arch})…`);
// npm hands its settings to node-gyp through npm_config_* variables: a `nodedir` among them would
// make node-gyp compile against Node's headers whatever --target says. Electron's headers only.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_(nodedir|target|runtime|disturl|dist_url)$/i.test(key)));
execFileSync(
  process.execPath,
  [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${arch}`, '--dist-url=https://electronjs.org/headers', '--runtime=electron'],
  { cwd: src, stdio: 'inherit', env },
);
const fresh = join(src, 'build', 'Release', 'better_sqlite3.node');
assertElectronAbi(fresh, electronVersion);
cpSync(fresh, built);
writeFileSync(stampFile, stamp);
rmSync(src, { recursive: true, force: true });
console.log(`Module natif Electron prêt : ${built} (ABI vérifiée).`);
