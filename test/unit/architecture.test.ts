import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|mts)$/.test(name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
}

const rel = (f: string) => relative(ROOT, f);

describe('architecture', () => {
  it('core never imports Electron, React, the DOM layer, main/ or renderer/', () => {
    const offenders = sources(join(ROOT, 'core')).flatMap((f) =>
      imports(f)
        .filter(
          (i) => i === 'electron' || i.startsWith('react') || i === '@tiptap/react' || i.includes('/main/') || i.includes('/renderer/') || i === 'happy-dom',
        )
        .map((i) => `${rel(f)} -> ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the renderer never imports Node modules, Electron, or back-end code', () => {
    const offenders = sources(join(ROOT, 'renderer/src')).flatMap((f) =>
      imports(f)
        .filter(
          (i) =>
            i.startsWith('node:') ||
            ['fs', 'path', 'electron', 'better-sqlite3', 'child_process'].includes(i) ||
            /core\/(store|services|app)\//.test(i) ||
            i.includes('/main/'),
        )
        .map((i) => `${rel(f)} -> ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the renderer reaches core only through its entry points (index.ts of each part)', () => {
    const offenders = sources(join(ROOT, 'renderer/src')).flatMap((f) =>
      imports(f)
        .filter((i) => /\/core\//.test(i) && !/\/core\/([a-z-]+|schema\/blocks)$/.test(i))
        .map((i) => `${rel(f)} -> ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the checks take the advice they give from one catalogue (core/checks/advice.ts)', () => {
    const checks = [...sources(join(ROOT, 'core/checks/rules')), ...sources(join(ROOT, 'core/checks/evidence')), join(ROOT, 'core/checks/rule-kit.ts')];
    const written = /advice\.push\(\s*[`'"]|grade\(\s*'(?:missing|partial)',[^;]*?\[\s*[`'"][A-ZÀ-Ü]|return \[\s*[`'"][A-ZÀ-Ü][^`'"]*[a-zé]/g;
    const offenders = checks.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(written)].map((m) => `${rel(f)}: ${m[0].slice(0, 60)}`));
    expect(offenders).toEqual([]);
  });

  it('no test and no web-host or CLI code loads electron', () => {
    const dirs = ['test', 'main/web-host', 'main/cli', 'main/shared'].map((d) => join(ROOT, d));
    const offenders = dirs
      .flatMap(sources)
      .filter((f) => imports(f).includes('electron'))
      .map(rel);
    expect(offenders).toEqual([]);
  });

  it('file names are kebab-case, React components PascalCase', () => {
    const bad = [...sources(join(ROOT, 'core')), ...sources(join(ROOT, 'main')), ...sources(join(ROOT, 'renderer/src'))]
      .map((f) => f.split('/').pop()!)
      .filter((name) =>
        name.endsWith('.tsx') ? !/^[A-Z][A-Za-z]+\.tsx$/.test(name) && name !== 'main.tsx' : !/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z]+)?\.ts$/.test(name),
      );
    expect(bad).toEqual([]);
  });
});
