import { existsSync, realpathSync } from 'node:fs';
import type { ApiHandlers } from '../../api/contract';
import { AppError } from '../../errors';
import { documentFromTemplate } from '../../document/from-template';
import { mappableSections } from '../../import/map-headings';
import { MemoireFile } from '../../store/memoire-file';
import { freeSiblingName } from '../../app/file-names';
import { createMemoireFromDraft } from '../import-draft';
import { forgetLiveDocument, saveDocumentChanges, saveWholeDocument } from '../document-saves';
import type { BackendContext } from '../backend-context';

/** Opening, creating, saving and closing mémoires; their history; Word drafts made into mémoires. */
export function memoireHandlers(ctx: BackendContext) {
  return {
    'memoire.create': async ({ path, meta, templateId }) => {
      const template = ctx.templateFor(templateId ?? 'memoire-pac');
      const file = MemoireFile.create(
        ctx.access.check(path),
        {
          meta,
          settings: { templateId: template.id, referentielId: template.referentielId, length: template.length, exportPreset: 'times-12' },
          doc: documentFromTemplate(template),
        },
        ctx.options,
      );
      return ctx.openAndDescribe(file, null);
    },
    'memoire.open': async ({ path }) => {
      const absolute = ctx.access.check(path);
      const already = existsSync(absolute) ? ctx.handleOf(realpathSync(absolute)) : null;
      if (already) return ctx.describe(already);
      const { file, report } = await MemoireFile.open(absolute, ctx.options);
      return ctx.openAndDescribe(file, report.backupPath, report.altered);
    },
    'memoire.resolveAltered': async ({ handle, keep }) => {
      const e = ctx.entry(handle);
      if (e.readOnly?.kind !== 'altered') throw new AppError('invalid-input', 'texte non altéré', 'Ce mémoire n’a pas de texte altéré à traiter.');
      if (keep === 'snapshot') {
        if (!e.readOnly.lastSnapshot) throw new AppError('unknown-snapshot', 'aucune version gardée');
        e.file.restoreSnapshot(e.readOnly.lastSnapshot.id);
      }
      e.file.acceptStoredBody();
      // A new handle, so the editor is rebuilt on the text now stored.
      ctx.forget(handle);
      return ctx.openAndDescribe(e.file, null);
    },
    'memoire.saveRepairedCopy': async ({ handle }) => {
      const e = ctx.entry(handle);
      if (e.readOnly?.kind !== 'unrepresentable') throw new AppError('invalid-input', 'mémoire non en lecture seule');
      const { meta, settings } = e.file.getMemoire();
      const target = freeSiblingName(e.file.path, 'copie réparée');
      const file = MemoireFile.create(target, { meta, settings, doc: e.readOnly.shown }, ctx.options);
      return ctx.openAndDescribe(file, null);
    },
    'memoire.close': async ({ handle }) => {
      ctx.close(handle);
      return { ok: true };
    },
    'memoire.saveDocument': async ({ handle, doc }) => saveWholeDocument(ctx.writable(handle), doc, ctx.now()),
    'memoire.saveChanges': async ({ handle, ...change }) => saveDocumentChanges(ctx.writable(handle), change, ctx.now()),
    'memoire.updateMeta': async ({ handle, meta }) => {
      const e = ctx.writable(handle);
      e.file.setMeta(meta);
      ctx.recent.touch(e.file.path, meta.title, ctx.now().toISOString());
      return e.file.getMemoire().meta;
    },
    'memoire.updateLength': async ({ handle, length }) => {
      const e = ctx.writable(handle);
      const { settings } = e.file.getMemoire();
      e.file.setSettings({ ...settings, length });
      return e.file.getMemoire().settings;
    },
    'snapshots.list': async ({ handle }) => ctx.entry(handle).file.listSnapshots(),
    'snapshots.create': async ({ handle, name }) => ctx.writable(handle).file.createSnapshot('named', name),
    'snapshots.get': async ({ handle, id }) => ctx.entry(handle).file.getSnapshot(id),
    'snapshots.restore': async ({ handle, id }) => {
      const e = ctx.writable(handle);
      const stored = e.file.restoreSnapshot(id);
      forgetLiveDocument(e);
      return { doc: stored.doc, revision: stored.revision, updatedAt: stored.updatedAt };
    },
    'import.preview': async ({ dataBase64 }) => {
      const template = ctx.templateFor('memoire-pac');
      const draft = await ctx.options.readDraft(Buffer.from(dataBase64, 'base64'), template);
      return { headings: draft.headings, sections: mappableSections(template), report: draft.report };
    },
    'import.create': async ({ name, dataBase64, meta, mapping, convertTables }) => {
      const template = ctx.templateFor('memoire-pac');
      const draft = await ctx.options.readDraft(Buffer.from(dataBase64, 'base64'), template);
      const path = await ctx.platform.chooseSave(meta.title || name.replace(/\.docx$/i, ''));
      if (!path) return { opened: null, report: draft.report };
      const file = createMemoireFromDraft(
        path,
        draft,
        meta,
        template,
        { mapping: new Map(mapping.map((m) => [m.index, m.sectionId])), convertTables },
        ctx.options,
      );
      return { opened: ctx.openAndDescribe(file, null), report: draft.report };
    },
  } satisfies Partial<ApiHandlers>;
}
