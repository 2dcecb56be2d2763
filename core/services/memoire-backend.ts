import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ApiHandlers, OpenedMemoire } from '../api/contract';
import { AppError } from '../errors';
import type { PmNode } from '../model/document';
import type { MemoireMeta } from '../model/metadata';
import type { SnapshotInfo } from '../model/history';
import { parseDocument } from '../schema/extensions';
import { readableDocument, representDocument } from '../schema/document-repair';
import type { DraftReader } from '../import/import-docx';
import { createMemoireFromDraft } from './import-draft';
import { exportEvaluationGrid } from '../review/export-grid';
import { buildReviewFile, parseReviewFile } from '../review/review-file';
import { mergeReview } from '../review/merge-review';
import { indexText, reanchor } from '../review/anchors';
import { writeFileAtomic } from '../export/write-file-atomic';
import { mappableSections } from '../import/map-headings';
import { openedMemoireSchema } from '../api/contract';
import { assertExportTarget, withExportExtension } from '../export/export-target';
import { statsFromBlocks } from '../document/sections';
import { pmBlocks } from '../document/pm-blocks';
import { documentFromTemplate } from '../document/from-template';
import { loadTemplateLibrary, type TemplateLibrary } from '../referential/load-templates';
import type { MemoireTemplate } from '../referential/template-schema';
import { MemoireFile, type StoreOptions } from '../store/memoire-file';
import { RecentFiles } from '../app/recent-files';
import { freeSiblingName } from '../app/file-names';
import { MAX_IMAGE_BYTES } from '../api/limits';
import { PathAccess } from './path-access';
import { forgetLiveDocument, liveDocument, saveDocumentChanges, saveWholeDocument, type SaveTarget } from './document-saves';
export { AUTO_SNAPSHOT_MINUTES, SHRINK_SNAPSHOT_NAME } from './document-saves';
import { prepareImage } from '../images/prepare-image';
import { imageInfo, imageMime } from '../images/image-info';
import { countPages, exportMemoire, liveCountMemo, type LiveCountMemo } from '../export/export-memoire';
import { loadAnnex } from '../export/pdf/annex';
import { exportSlides, saveSlidePlan, slidePlanOf } from '../soutenance/export-slides';
import { pacingReport, pacingReportSchema } from '../soutenance/rehearsal';
import { LAYOUT_PRESETS } from '../export/presets';


/** What differs between the Electron shell and the web host: dialogs and where files go. */
export interface PlatformHandlers {
  shell: 'electron' | 'web';
  /** Folder where the web host keeps mémoires; null in Electron (the user picks with dialogs). */
  workspaceDir: string | null;
  chooseOpen(): Promise<string | null>;
  chooseSave(suggestedName: string): Promise<string | null>;
  /** Where to write an export; `overwriteConfirmed` when the platform's dialog asked before replacing a file. */
  chooseExport(suggestedName: string, format: 'docx' | 'pdf' | 'relecture' | 'pptx'): Promise<{ path: string | null; overwriteConfirmed: boolean }>;
  reveal(path: string): Promise<boolean>;
}

/** Settings of the back end. */
export interface BackendOptions extends StoreOptions {
  templatesDir: string;
  /** The fonts the PDF embeds and the layout measures with (resources/fonts). */
  fontsDir: string;
  dataDir: string;
  appVersion: string;
  /** Reads Word drafts (in a worker thread with capped memory, through the same sanitiser and schema as a paste). */
  readDraft: DraftReader;
}

interface OpenEntry extends SaveTarget {
  realPath: string;
  /** What the live page count keeps of unchanged nodes between counts. */
  countMemo: LiveCountMemo;
  /** Why the editor may not save over this file (a document it cannot represent exactly, or altered), or null. */
  readOnly: ReadOnlyState | null;
}

interface ReadOnlyState {
  kind: 'unrepresentable' | 'altered';
  reason: string;
  dropped: string[];
  /** What the editor shows: the stored document, or its faithful repair when it cannot show it exactly. */
  shown: PmNode;
  lastSnapshot: SnapshotInfo | null;
}

/** Why a file opens read-only, or null when the editor may save over it. */
function readOnlyState(file: MemoireFile, altered: boolean): ReadOnlyState | null {
  const stored = file.getDocument().doc;
  const represented = representDocument(stored);
  if (!represented.exact) {
    return { kind: 'unrepresentable', reason: represented.reason, dropped: represented.dropped, shown: represented.repaired, lastSnapshot: null };
  }
  if (!altered) return null;
  return { kind: 'altered', reason: 'texte modifié hors de l’application', dropped: [], shown: stored, lastSnapshot: file.listSnapshots()[0] ?? null };
}

const ALTERED_READ_ONLY =
  'Ce mémoire est ouvert en lecture seule : son texte a été modifié hors de Mémoire Studio. Choisissez de garder ce texte ou de revenir à la dernière version gardée pour continuer à écrire.';


/** The back end behind the API: open mémoires by handle, plus the platform's dialogs. */
export interface MemoireBackend {
  handlers: ApiHandlers;
  /** Closes every open mémoire (on quit). */
  closeAll(): void;
}

/** Builds the back end that both the Electron main process and the web host serve. */
export function createMemoireBackend(options: BackendOptions, platform: PlatformHandlers): MemoireBackend {
  const library: TemplateLibrary = loadTemplateLibrary(options.templatesDir);
  const recent = new RecentFiles(options.dataDir);
  const now = options.now ?? (() => new Date());
  const open = new Map<string, OpenEntry>();
  const access = new PathAccess(platform.workspaceDir);
  /** An export's result, its file now allowed to be shown in its folder. */
  const written = <T extends { path: string }>(result: T): T => {
    access.touch(result.path);
    return result;
  };

  const entry = (handle: string): OpenEntry => {
    const found = open.get(handle);
    if (!found) throw new AppError('unknown-handle', handle);
    return found;
  };

  const templateFor = (templateId: string): MemoireTemplate => {
    const template = library.templates.get(templateId) ?? library.templates.values().next().value;
    if (!template) throw new AppError('internal', 'aucun modèle de mémoire');
    return template;
  };

  const referentielFor = (id: string) => {
    const ref = library.referentiels.get(id) ?? library.referentiels.values().next().value;
    if (!ref) throw new AppError('internal', 'aucun référentiel');
    return ref;
  };

  const describe = (handle: string, migrationBackup: string | null = null): OpenedMemoire => {
    const { file, readOnly } = entry(handle);
    const { meta, settings } = file.getMemoire();
    const stored = file.getDocument();
    return {
      handle,
      path: file.path,
      meta,
      settings,
      doc: readOnly ? readOnly.shown : stored.doc,
      revision: stored.revision,
      updatedAt: stored.updatedAt,
      template: templateFor(settings.templateId),
      referentiel: referentielFor(settings.referentielId),
      thresholds: library.thresholds,
      migrationBackup,
      readOnly: readOnly && { kind: readOnly.kind, reason: readOnly.reason, dropped: readOnly.dropped, lastSnapshot: readOnly.lastSnapshot },
    };
  };

  /** Registers an open file; a document the editor cannot represent exactly, or an altered one, makes it read-only. */
  const register = (file: MemoireFile, meta: MemoireMeta, altered: boolean): string => {
    const handle = randomUUID();
    open.set(handle, { file, realPath: realpathSync(file.path), sessionStartedAt: now().getTime(), nodeWords: null, doc: null, countMemo: liveCountMemo(), readOnly: readOnlyState(file, altered) });
    access.touch(file.path);
    recent.touch(file.path, meta.title, now().toISOString());
    return handle;
  };

  /** Registers and describes a file; on any failure the file is closed again, so its lock never lingers. */
  const openAndDescribe = (file: MemoireFile, migrationBackup: string | null, altered = false): OpenedMemoire => {
    let handle: string | null = null;
    try {
      handle = register(file, file.getMemoire().meta, altered);
      const described = describe(handle, migrationBackup);
      if (!openedMemoireSchema.safeParse(described).success) throw new AppError('corrupted', 'contenu illisible');
      return described;
    } catch (error) {
      if (handle) open.delete(handle);
      file.close();
      throw error instanceof AppError ? error : new AppError('corrupted', (error as Error).message);
    }
  };

  const writable = (handle: string): OpenEntry => {
    const e = entry(handle);
    if (e.readOnly?.kind === 'altered') throw new AppError('read-only', e.readOnly.reason, ALTERED_READ_ONLY);
    if (e.readOnly) throw new AppError('read-only', e.readOnly.reason);
    return e;
  };

  const parseDocumentOrThrow = (doc: PmNode) => {
    const parsed = parseDocument(doc);
    if (!parsed.ok) throw new AppError('invalid-document', parsed.message);
    return parsed.node;
  };

  /** Words of a document that passes the schema check; throws for one that does not. */
  const checkedWordCount = (doc: PmNode): number => {
    const parsed = parseDocument(doc);
    if (!parsed.ok) throw new AppError('invalid-document', parsed.message);
    return statsFromBlocks(pmBlocks(parsed.node)).totalWords;
  };

  const listWorkspace = () => {
    const dir = platform.workspaceDir;
    if (!dir || !existsSync(dir)) return [];
    const recentByPath = new Map(recent.list().map((r) => [r.path, r]));
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
  };

  const handlers: ApiHandlers = {
    'app.info': async () => ({
      version: options.appVersion,
      shell: platform.shell,
      nativeDialogs: platform.shell === 'electron',
      workspaceDir: platform.workspaceDir,
    }),
    'files.recent': async () => recent.list().map((r) => (access.grant(r.path), r)),
    'templates.list': async () =>
      [...library.templates.values()]
        .map((t) => ({ id: t.id, title: t.title, description: t.description, kind: t.kind }))
        .sort((a, b) => (a.kind === b.kind ? a.title.localeCompare(b.title, 'fr') : a.kind === 'memoire' ? -1 : 1)),
    'files.workspace': async () => listWorkspace(),
    'files.forgetRecent': async ({ path }) => {
      recent.forget(path);
      return { ok: true };
    },
    'files.chooseOpen': async () => ({ path: access.grant(await platform.chooseOpen()) }),
    'files.chooseSave': async ({ suggestedName }) => ({ path: access.grant(await platform.chooseSave(suggestedName)) }),
    'files.chooseExport': async ({ suggestedName, format }) => {
      const chosen = await platform.chooseExport(suggestedName, format);
      // Granted as the exporter will name it (with its extension).
      access.grant(chosen.path && withExportExtension(chosen.path, format));
      return chosen;
    },
    'files.reveal': async ({ path }) => ({ shown: await platform.reveal(access.checkReveal(path)) }),
    'layout.pageCount': async ({ handle, presetId }) => {
      const e = entry(handle);
      const { settings } = e.file.getMemoire();
      const live = e.readOnly ? undefined : { doc: liveDocument(e), memo: e.countMemo };
      return countPages(e.file, templateFor(settings.templateId), presetId ?? settings.exportPreset, { fontsDir: options.fontsDir }, live);
    },
    'export.presets': async () => LAYOUT_PRESETS.map((p) => ({ id: p.id, label: p.label })),
    'export.run': async ({ handle, format, path, presetId, confidential, includeAnnexes, sectionId, overwrite, annotated }) => {
      const e = entry(handle);
      const { settings } = e.file.getMemoire();
      const result = await exportMemoire(
        e.file,
        templateFor(settings.templateId),
        {
          format,
          out: access.check(withExportExtension(resolve(path), format)),
          presetId,
          confidential,
          includeAnnexes,
          sectionId: sectionId ?? undefined,
          overwrite: overwrite ?? false,
          protectedPaths: [...open.values()].map((o) => o.realPath),
          annotated: annotated ?? false,
        },
        { fontsDir: options.fontsDir },
      );
      if (settings.exportPreset !== presetId && !e.readOnly) e.file.setSettings({ ...settings, exportPreset: presetId });
      return written(result);
    },

    'memoire.create': async ({ path, meta, templateId }) => {
      const template = templateFor(templateId ?? 'memoire-pac');
      const file = MemoireFile.create(access.check(path), {
        meta,
        settings: { templateId: template.id, referentielId: template.referentielId, length: template.length, exportPreset: 'times-12' },
        doc: documentFromTemplate(template),
      }, options);
      return openAndDescribe(file, null);
    },
    'memoire.open': async ({ path }) => {
      const absolute = access.check(path);
      if (existsSync(absolute)) {
        const real = realpathSync(absolute);
        for (const [handle, e] of open) if (e.realPath === real) return describe(handle);
      }
      const { file, report } = await MemoireFile.open(absolute, options);
      return openAndDescribe(file, report.backupPath, report.altered);
    },
    'memoire.resolveAltered': async ({ handle, keep }) => {
      const e = entry(handle);
      if (e.readOnly?.kind !== 'altered') throw new AppError('invalid-input', 'texte non altéré', 'Ce mémoire n’a pas de texte altéré à traiter.');
      if (keep === 'snapshot') {
        if (!e.readOnly.lastSnapshot) throw new AppError('unknown-snapshot', 'aucune version gardée');
        e.file.restoreSnapshot(e.readOnly.lastSnapshot.id);
      }
      e.file.acceptStoredBody();
      // A new handle, so the editor is rebuilt on the text now stored.
      open.delete(handle);
      return openAndDescribe(e.file, null);
    },
    'memoire.saveRepairedCopy': async ({ handle }) => {
      const e = entry(handle);
      if (e.readOnly?.kind !== 'unrepresentable') throw new AppError('invalid-input', 'mémoire non en lecture seule');
      const { meta, settings } = e.file.getMemoire();
      const target = freeSiblingName(e.file.path, 'copie réparée');
      const file = MemoireFile.create(target, { meta, settings, doc: e.readOnly.shown }, options);
      return openAndDescribe(file, null);
    },
    'memoire.close': async ({ handle }) => {
      const e = open.get(handle);
      if (e) {
        e.file.close();
        open.delete(handle);
      }
      return { ok: true };
    },
    'memoire.saveDocument': async ({ handle, doc }) => saveWholeDocument(writable(handle), doc, now()),
    'memoire.saveChanges': async ({ handle, ...change }) => saveDocumentChanges(writable(handle), change, now()),
    'memoire.updateMeta': async ({ handle, meta }) => {
      const e = writable(handle);
      e.file.setMeta(meta);
      recent.touch(e.file.path, meta.title, now().toISOString());
      return e.file.getMemoire().meta;
    },
    'memoire.updateLength': async ({ handle, length }) => {
      const e = writable(handle);
      const { settings } = e.file.getMemoire();
      e.file.setSettings({ ...settings, length });
      return e.file.getMemoire().settings;
    },
    'snapshots.list': async ({ handle }) => entry(handle).file.listSnapshots(),
    'snapshots.create': async ({ handle, name }) => writable(handle).file.createSnapshot('named', name),
    'snapshots.get': async ({ handle, id }) => entry(handle).file.getSnapshot(id),
    'snapshots.restore': async ({ handle, id }) => {
      const e = writable(handle);
      const stored = e.file.restoreSnapshot(id);
      forgetLiveDocument(e);
      return { doc: stored.doc, revision: stored.revision, updatedAt: stored.updatedAt };
    },
    'import.preview': async ({ dataBase64 }) => {
      const template = templateFor('memoire-pac');
      const draft = await options.readDraft(Buffer.from(dataBase64, 'base64'), template);
      return { headings: draft.headings, sections: mappableSections(template), report: draft.report };
    },
    'import.create': async ({ name, dataBase64, meta, mapping, convertTables }) => {
      const template = templateFor('memoire-pac');
      const draft = await options.readDraft(Buffer.from(dataBase64, 'base64'), template);
      const path = await platform.chooseSave(meta.title || name.replace(/\.docx$/i, ''));
      if (!path) return { opened: null, report: draft.report };
      const file = createMemoireFromDraft(path, draft, meta, template, { mapping: new Map(mapping.map((m) => [m.index, m.sectionId])), convertTables }, options);
      return { opened: openAndDescribe(file, null), report: draft.report };
    },
    'review.verdicts': async ({ handle }) => entry(handle).file.listVerdicts(),
    'review.setVerdict': async ({ handle, criterionId, status, feedback, author, autoStatus }) =>
      writable(handle).file.setVerdict({ criterionId, status, feedback, author, autoStatus }),
    'review.exportGrid': async ({ handle, format, path, overwrite }) => {
      const e = entry(handle);
      const { settings } = e.file.getMemoire();
      return written(await exportEvaluationGrid(
        e.file,
        { template: templateFor(settings.templateId), referentiel: referentielFor(settings.referentielId), thresholds: library.thresholds },
        { format, out: access.check(withExportExtension(resolve(path), format)), overwrite: overwrite ?? false, protectedPaths: [...open.values()].map((o) => o.realPath) },
        { fontsDir: options.fontsDir },
      ));
    },
    'slides.plan': async ({ handle, confidential }) => {
      const e = entry(handle);
      return slidePlanOf(e.file, templateFor(e.file.getMemoire().settings.templateId), confidential ?? false);
    },
    'slides.save': async ({ handle, plan }) => {
      const e = writable(handle);
      return saveSlidePlan(e.file, templateFor(e.file.getMemoire().settings.templateId), plan);
    },
    'slides.rehearsed': async ({ handle, timings }) => {
      const report = pacingReport(timings, now());
      writable(handle).file.addRehearsal(JSON.stringify(report));
      return report;
    },
    'slides.rehearsals': async ({ handle }) =>
      entry(handle)
        .file.listRehearsals()
        .flatMap((r) => {
          // A report this build cannot read is left out of the comparison, never fatal.
          try {
            const parsed = pacingReportSchema.safeParse(JSON.parse(r.report));
            return parsed.success ? [parsed.data] : [];
          } catch {
            return [];
          }
        }),
    'slides.export': async ({ handle, format, path, overwrite, confidential, handout }) => {
      const e = entry(handle);
      const template = templateFor(e.file.getMemoire().settings.templateId);
      const out = access.check(withExportExtension(resolve(path), format));
      return written(await exportSlides(e.file, template, { format, out, overwrite: overwrite ?? false, confidential, handout, protectedPaths: [...open.values()].map((o) => o.realPath) }, { fontsDir: options.fontsDir }));
    },
    'review.exportFile': async ({ handle, path, overwrite }) => {
      const e = entry(handle);
      const out = access.check(withExportExtension(resolve(path), 'relecture'));
      assertExportTarget(out, { protectedPaths: [...open.values()].map((o) => o.realPath), overwrite: overwrite ?? false });
      const text = buildReviewFile(e.file, e.file.getMemoire().meta.tutor || 'Tuteur', now());
      writeFileAtomic(out, Buffer.from(text, 'utf8'));
      return written({ path: out, bytes: Buffer.byteLength(text) });
    },
    'review.import': async ({ handle, text }) => mergeReview(writable(handle).file, parseReviewFile(text)),
    'comments.list': async ({ handle }) => {
      const { file } = entry(handle);
      const index = indexText(parseDocumentOrThrow(readableDocument(file)));
      return file.listComments().map((c) => (c.anchor ? { ...c, anchor: reanchor(index, c.anchor) } : c));
    },
    'comments.add': async ({ handle, ...comment }) => writable(handle).file.addComment(comment),
    'comments.setResolved': async ({ handle, id, resolved }) => {
      const { file } = writable(handle);
      if (!file.listComments().some((c) => c.id === id)) throw new AppError('invalid-input', `commentaire ${id}`, 'Ce commentaire n’existe plus.');
      file.setCommentResolved(id, resolved);
      return { ok: true as const };
    },
    'attachments.addImage': async ({ handle, name, mime, dataBase64 }) => {
      const data = Buffer.from(dataBase64, 'base64');
      if (data.length > MAX_IMAGE_BYTES) throw new AppError('too-large', `${data.length} octets`);
      const sniffed = imageInfo(data);
      // A file whose bytes are not the type it declares is refused before any decoding.
      if (sniffed && imageMime(sniffed.type) !== mime) throw new AppError('unsupported-image', `${mime} / ${imageMime(sniffed.type)}`);
      const image = prepareImage(data, name);
      const stored = writable(handle).file.addAttachment('image', name, image.mime, image.data);
      return { id: stored.id, width: image.width, height: image.height, reducedFrom: image.reducedFrom };
    },
    'attachments.addAnnex': async ({ handle, name, dataBase64 }) => {
      const data = Buffer.from(dataBase64, 'base64');
      const pages = (await loadAnnex(name, data)).getPageCount();
      const info = writable(handle).file.addAttachment('annex', name, 'application/pdf', data, pages);
      return { id: info.id, name: info.name, size: info.size, pages: info.pages ?? pages };
    },
    'attachments.listAnnexes': async ({ handle }) => {
      const e = entry(handle);
      const out = [];
      for (const a of e.file.listAttachments('annex')) {
        // Counted once (a large PDF takes seconds to parse), then kept with the annex.
        let pages = a.pages;
        if (pages === null) {
          pages = await loadAnnex(a.name, e.file.getAttachment(a.id).data).then((d) => d.getPageCount(), () => 0);
          if (!e.readOnly) e.file.setAttachmentPages(a.id, pages);
        }
        out.push({ id: a.id, name: a.name, size: a.size, pages });
      }
      return out;
    },
    'attachments.removeAnnex': async ({ handle, id }) => {
      const file = writable(handle).file;
      if (!file.listAttachments('annex').some((a) => a.id === id)) throw new AppError('unknown-attachment', id);
      file.removeAttachment(id);
      return { ok: true as const };
    },
    'attachments.get': async ({ handle, id }) => {
      const a = entry(handle).file.getAttachment(id);
      return { id: a.id, name: a.name, mime: a.mime, dataBase64: a.data.toString('base64') };
    },
  };

  return {
    handlers,
    closeAll() {
      for (const e of open.values()) e.file.close();
      open.clear();
    },
  };
}
