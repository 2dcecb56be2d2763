import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module of the build scripts, without type declarations
import { addonAbi, assertElectronAbi, electronAbi } from '../../scripts/native-abi.mjs';
import { ROOT } from '../helpers/paths';
import { tempDir } from '../helpers/temp';

const require = createRequire(import.meta.url);
const nodeBuild = require.resolve('better-sqlite3/build/Release/better_sqlite3.node');
const electronVersion: string = require('electron/package.json').version;

describe('the Electron build of SQLite is checked before it is called ready', () => {
  it('reads the ABI an addon was built for, and refuses Node’s build for Electron', () => {
    expect(addonAbi(nodeBuild)).toBe(Number(process.versions.modules));
    expect(electronAbi(electronVersion)).not.toBe(Number(process.versions.modules));
    expect(() => assertElectronAbi(nodeBuild, electronVersion)).toThrow(
      /compilé pour l’ABI \d+ \(celle de Node, pas d’Electron\), alors qu’Electron .* attend l’ABI \d+/,
    );
  });

  it('build:native-electron fails loudly on a stamped build of the wrong ABI instead of saying it is up to date', () => {
    const cwd = tempDir();
    const out = join(cwd, 'build', 'native-electron');
    mkdirSync(out, { recursive: true });
    copyFileSync(nodeBuild, join(out, 'better_sqlite3.node'));
    const stamp = { electronVersion, sqliteVersion: require('better-sqlite3/package.json').version, arch: process.arch, platform: process.platform };
    writeFileSync(join(out, 'stamp.json'), JSON.stringify(stamp));
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/build-native-electron.mjs')], { cwd, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/l’application ne pourrait ouvrir aucun mémoire/);
    expect(run.stdout).not.toMatch(/à jour|prêt/);
  });
});
