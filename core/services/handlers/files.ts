import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiHandlers } from '../../api/contract';
import { withExportExtension } from '../../export/export-target';
import type { BackendContext } from '../backend-context';

/** The web host's workspace folder: its mémoires, most recently changed first. */
function listWorkspace(ctx: BackendContext) {
  const dir = ctx.platform.workspaceDir;
  if (!dir || !existsSync(dir)) return [];
  const recentByPath = new Map(ctx.recent.list().map((r) => [r.path, r]));
  return readdirSync(dir)
    .filter((name) => name.endsWith('.memoire') && !name.startsWith('.'))
    .map((name) => {
      const path = join(dir, name);
      return {
        path,
        title: recentByPath.get(path)?.title ?? name.replace(/\.memoire$/, ''),
        openedAt: recentByPath.get(path)?.openedAt ?? null,
        exists: true,
        mtime: statSync(path).mtimeMs,
      };
    })
    .sort((a, b) => b.mtime - a.mtime)
    .map(({ mtime: _mtime, ...rest }) => rest);
}

/** The start screen and the dialogs: app facts, recent and workspace files, templates, chosen paths, the personal dictionary. */
export function fileHandlers(ctx: BackendContext) {
  return {
    'app.info': async () => ({
      version: ctx.options.appVersion,
      shell: ctx.platform.shell,
      nativeDialogs: ctx.platform.shell === 'electron',
      workspaceDir: ctx.platform.workspaceDir,
    }),
    'files.recent': async () => ctx.recent.list().map((r) => (ctx.access.grant(r.path), r)),
    'templates.list': async () =>
      [...ctx.library.templates.values()]
        .map((t) => ({ id: t.id, title: t.title, description: t.description, kind: t.kind }))
        .sort((a, b) => (a.kind === b.kind ? a.title.localeCompare(b.title, 'fr') : a.kind === 'memoire' ? -1 : 1)),
    'files.workspace': async () => listWorkspace(ctx),
    'files.forgetRecent': async ({ path }) => {
      ctx.recent.forget(path);
      return { ok: true };
    },
    'files.chooseOpen': async () => ({ path: ctx.access.grant(await ctx.platform.chooseOpen()) }),
    'files.chooseSave': async ({ suggestedName }) => ({ path: ctx.access.grant(await ctx.platform.chooseSave(suggestedName)) }),
    'files.chooseExport': async ({ suggestedName, format }) => {
      const chosen = await ctx.platform.chooseExport(suggestedName, format);
      // Granted as the exporter will name it (with its extension).
      ctx.access.grant(chosen.path && withExportExtension(chosen.path, format));
      return chosen;
    },
    'files.reveal': async ({ path }) => ({ shown: await ctx.platform.reveal(ctx.access.checkReveal(path)) }),
    'spelling.words': async () => ({ words: ctx.dictionary.list() }),
    'spelling.addWord': async ({ word }) => ({ words: ctx.dictionary.add(word) }),
    'spelling.removeWord': async ({ word }) => ({ words: ctx.dictionary.remove(word) }),
  } satisfies Partial<ApiHandlers>;
}
