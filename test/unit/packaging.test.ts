import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { imageInfo } from '../../core/images/image-info';
import { ROOT } from '../helpers/paths';

interface BuilderConfig {
  directories: { buildResources: string; output: string };
  files: string[];
  extraResources: Array<{ from: string; to: string }>;
  linux: { icon: string };
  win: { icon: string };
  mac: { icon: string };
}

const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const read = (path: string) => readFileSync(join(ROOT, path));

/** Build outputs the config names, and the script that writes each (they exist only after `npm run dist`'s steps). */
const BUILT_BY: Record<string, { script: string; writes: RegExp }> = {
  'dist-electron': { script: 'scripts/build-electron.mjs', writes: /outfile: 'dist-electron\// },
  'dist/renderer': { script: 'vite.config.ts', writes: /outDir: .*'\.\/dist\/renderer'/ },
  'build/native-electron/better_sqlite3.node': { script: 'scripts/build-native-electron.mjs', writes: /build\/native-electron/ },
};

describe('the packaging config names only files that exist', () => {
  it('every source path exists; every built path is written by a build script', () => {
    const named = [
      config.directories.buildResources,
      config.linux.icon,
      config.win.icon,
      config.mac.icon,
      ...config.extraResources.map((r) => r.from),
      ...config.files.filter((f) => !f.startsWith('!')).map((f) => f.replace(/\/\*\*$/, '')),
      'package.json',
    ];
    for (const path of named) {
      const built = BUILT_BY[path];
      if (built) expect(read(built.script).toString(), `${path} écrit par ${built.script}`).toMatch(built.writes);
      else expect(existsSync(join(ROOT, path)), path).toBe(true);
    }
  });

  it('ships icons for every system, made from one source image', () => {
    expect(existsSync(join(ROOT, 'resources/icon.svg'))).toBe(true);
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(imageInfo(read(`resources/icons/${size}x${size}.png`)), `${size} px`).toEqual({ type: 'png', width: size, height: size });
    }
    const ico = read('resources/icon.ico');
    expect(ico.readUInt16LE(2)).toBe(1);
    const icoSizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
      const at = ico.readUInt32LE(6 + 16 * i + 12);
      return imageInfo(ico.subarray(at, at + ico.readUInt32LE(6 + 16 * i + 8)))?.width;
    });
    expect(icoSizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
    const icns = read('resources/icon.icns');
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      types.push(icns.toString('latin1', at, at + 4));
      expect(imageInfo(icns.subarray(at + 8, at + icns.readUInt32BE(at + 4)))?.type).toBe('png');
    }
    expect(types).toEqual(['icp4', 'icp5', 'icp6', 'ic07', 'ic08', 'ic09', 'ic10']);
  });
});
