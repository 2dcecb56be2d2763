// The ABI (NODE_MODULE_VERSION) a native addon was built for, read by loading it in a plain Node
// child process: Node names the addon's version when it refuses it. Used by build-native-electron
// before saying the Electron build is ready, and by its test.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** NODE_MODULE_VERSION of the addon at `path`, or null when it cannot be loaded for another reason. */
export function addonAbi(path) {
  const run = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(path)})`], { encoding: 'utf8' });
  if (run.status === 0) return Number(process.versions.modules);
  const found = /compiled against a different Node\.js version using\s+NODE_MODULE_VERSION (\d+)/.exec(run.stderr);
  return found ? Number(found[1]) : null;
}

/** The ABI Electron `version` loads addons for. */
export function electronAbi(version) {
  const require = createRequire(import.meta.url);
  return Number(require('node-abi').getAbi(version, 'electron'));
}

/** Throws, in French, unless the addon at `path` was built for Electron `version`. */
export function assertElectronAbi(path, version) {
  const expected = electronAbi(version);
  const actual = addonAbi(path);
  if (actual !== expected) {
    throw new Error(
      `Le module natif ${path} a été compilé pour l’ABI ${actual ?? 'inconnue'}${actual === Number(process.versions.modules) ? ' (celle de Node, pas d’Electron)' : ''}, ` +
        `alors qu’Electron ${version} attend l’ABI ${expected} : l’application ne pourrait ouvrir aucun mémoire. ` +
        'Supprimez build/native-electron et relancez « npm run build:native-electron » sur une machine qui accède aux en-têtes d’Electron.',
    );
  }
}
