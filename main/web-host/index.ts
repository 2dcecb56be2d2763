import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createMemoireBackend } from '../../core/services/memoire-backend';
import { startWebHost } from './server';
import { webPlatform } from './web-platform';
import { workerDraftReader } from '../shared/draft-reader';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5178' },
    workspace: { type: 'string', default: join(homedir(), 'Mémoires') },
    data: { type: 'string' },
    static: { type: 'string', default: join(root, 'dist/renderer') },
  },
});

const workspace = resolve(values.workspace!);
const dataDir = resolve(values.data ?? join(workspace, '.memoire-studio'));
mkdirSync(workspace, { recursive: true });
mkdirSync(dataDir, { recursive: true });

const backend = createMemoireBackend(
  {
    templatesDir: join(root, 'templates'),
    fontsDir: join(root, 'resources', 'fonts'),
    dataDir,
    appVersion: process.env.npm_package_version ?? '0.1.0',
    readDraft: workerDraftReader(),
  },
  webPlatform(workspace),
);
const host = await startWebHost({ handlers: backend.handlers, staticDir: resolve(values.static!), port: Number(values.port) });
// The line below is read by the end-to-end tests: keep its form.
console.log(`Mémoire Studio (web) prêt : ${host.url}`);
console.log(`Dossier des mémoires : ${workspace}`);

const shutdown = () => {
  backend.closeAll();
  void host.close().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
