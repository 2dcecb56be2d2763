import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { RENDERER_CSP } from '../../main/shared/security';
import { ROOT } from '../helpers/paths';

// Electron cannot run here: its security settings are checked in the source, statically.
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

describe('Electron security checklist (static)', () => {
  const window = read('main/electron/create-main-window.ts');
  const main = read('main/electron/main.ts');
  const ipc = read('main/electron/ipc.ts');
  const preload = read('main/preload/preload.ts');
  const protocol = read('main/electron/app-protocol.ts');

  it('creates windows with context isolation, sandbox and no Node integration', () => {
    for (const setting of [
      'contextIsolation: true',
      'sandbox: true',
      'nodeIntegration: false',
      'nodeIntegrationInWorker: false',
      'nodeIntegrationInSubFrames: false',
      'webSecurity: true',
      'allowRunningInsecureContent: false',
      'webviewTag: false',
    ]) {
      expect(window).toContain(setting);
    }
    expect(window).not.toMatch(/enableRemoteModule|nodeIntegration:\s*true|sandbox:\s*false|contextIsolation:\s*false/);
  });

  it('denies navigation, new windows, webviews and permission requests', () => {
    expect(main).toContain("contents.on('will-navigate'");
    expect(main).toContain("contents.on('will-redirect'");
    expect(main).toContain("contents.on('will-attach-webview'");
    expect(main).toMatch(/setWindowOpenHandler[\s\S]*?return \{ action: 'deny' \}/);
    expect(main).toMatch(/setPermissionRequestHandler\([\s\S]{0,80}?callback\(false\)/);
    expect(main).toMatch(/setPermissionCheckHandler\(\(\) => false\)/);
    expect(main).toMatch(/protocol === 'https:' \|\| parsed\.protocol === 'http:'/);
  });

  it('serves the renderer from a custom scheme with the CSP, never from remote content', () => {
    expect(protocol).toContain("'Content-Security-Policy'");
    expect(protocol).toContain('RENDERER_CSP');
    expect(window).toContain('loadURL(`${APP_ORIGIN}/index.html`)');
    expect(RENDERER_CSP).toMatch(/default-src 'self'/);
    expect(RENDERER_CSP).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('checks the IPC sender and validates every payload through the contract', () => {
    expect(ipc).toMatch(/frame === event\.sender\.mainFrame/);
    expect(ipc).toContain('isAppUrl(frame.url)');
    expect(ipc).toContain('dispatchApiCall(handlers, method, input)');
    expect(ipc).toContain('apiEvents[name].parse(payload)');
  });

  it('the preload exposes only the contract bridge', () => {
    expect(preload.match(/exposeInMainWorld/g)).toHaveLength(1);
    expect(preload).toContain("exposeInMainWorld('memoireApi', bridge)");
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
    expect(preload).toContain('API_EVENT_NAMES');
  });

  it('keeps a single instance and loads SQLite through the Electron build kept apart', () => {
    expect(main).toContain('requestSingleInstanceLock()');
    expect(main).toContain('nativeBinding: binding');
    expect(read('electron-builder.yml')).toMatch(/npmRebuild: false[\s\S]*asarUnpack:[\s\S]*better-sqlite3[\s\S]*ext: memoire/);
  });

  it('flips the fuses that would turn the packaged app into a general Node runtime', () => {
    const config = yaml.load(read('electron-builder.yml')) as { electronFuses: Record<string, boolean> };
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
