import { randomUUID } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { openedMemoireSchema, type OpenedMemoire } from '../api/contract';
import { AppError } from '../errors';
import type { PmNode } from '../model/document';
import type { SnapshotInfo } from '../model/history';
import { representDocument } from '../schema/document-repair';
import type { DraftReader } from '../import/import-docx';
import { loadTemplateLibrary, type TemplateLibrary } from '../referential/load-templates';
import type { MemoireTemplate } from '../referential/template-schema';
import type { MemoireFile, StoreOptions } from '../store/memoire-file';
import { RecentFiles } from '../app/recent-files';
import { PersonalDictionary } from '../app/personal-dictionary';
import { liveCountMemo, type LiveCountMemo } from '../export/export-memoire';
import { PathAccess } from './path-access';
import { liveDocument, type SaveTarget } from './document-saves';

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

/** Why a file is open read-only: elements this editor cannot show, or a text altered outside the app. */
interface ReadOnlyState {
  kind: 'unrepresentable' | 'altered';
  reason: string;
  dropped: string[];
  /** What the editor shows: the stored document, or its faithful repair when it cannot show it exactly. */
  shown: PmNode;
  lastSnapshot: SnapshotInfo | null;
}

/** One open mémoire. */
export interface OpenEntry extends SaveTarget {
  realPath: string;
  /** What the live page count keeps of unchanged nodes between counts. */
  countMemo: LiveCountMemo;
  /** Why the editor may not save over this file, or null. */
  readOnly: ReadOnlyState | null;
}

const ALTERED_READ_ONLY =
  'Ce mémoire est ouvert en lecture seule : son texte a été modifié hors de Mémoire Studio. Choisissez de garder ce texte ou de revenir à la dernière version gardée pour continuer à écrire.';

/** Why a file opens read-only, or null when the editor may save over it. */
function readOnlyState(file: MemoireFile, stored: PmNode, altered: boolean): ReadOnlyState | null {
  const represented = representDocument(stored);
  if (!represented.exact) {
    return { kind: 'unrepresentable', reason: represented.reason, dropped: represented.dropped, shown: represented.repaired, lastSnapshot: null };
  }
  if (!altered) return null;
  return { kind: 'altered', reason: 'texte modifié hors de l’application', dropped: [], shown: stored, lastSnapshot: file.listSnapshots()[0] ?? null };
}

/**
 * What every handler shares: the open mémoires by handle, the templates, recent files, the paths the
 * back end may touch, the clock and the platform's dialogs.
 */
export class BackendContext {
  readonly library: TemplateLibrary;
  readonly recent: RecentFiles;
  readonly dictionary: PersonalDictionary;
  readonly access: PathAccess;
  readonly now: () => Date;
  private readonly open = new Map<string, OpenEntry>();

  constructor(
    readonly options: BackendOptions,
    readonly platform: PlatformHandlers,
  ) {
    this.library = loadTemplateLibrary(options.templatesDir);
    this.recent = new RecentFiles(options.dataDir);
    this.dictionary = new PersonalDictionary(options.dataDir);
    this.access = new PathAccess(platform.workspaceDir);
    this.now = options.now ?? (() => new Date());
  }

  /** The open mémoire behind a handle. */
  entry(handle: string): OpenEntry {
    const found = this.open.get(handle);
    if (!found) throw new AppError('unknown-handle', handle);
    return found;
  }

  /** The open mémoire behind a handle, refused when it is read-only (with the reason of its kind). */
  writable(handle: string): OpenEntry {
    const e = this.entry(handle);
    if (e.readOnly?.kind === 'altered') throw new AppError('read-only', e.readOnly.reason, ALTERED_READ_ONLY);
    if (e.readOnly) throw new AppError('read-only', e.readOnly.reason);
    return e;
  }

  /** The handle of an already open file at `realPath`, if any. */
  handleOf(realPath: string): string | null {
    for (const [handle, e] of this.open) if (e.realPath === realPath) return handle;
    return null;
  }

  /** Every open mémoire's real path: no export may be written over one. */
  protectedPaths(): string[] {
    return [...this.open.values()].map((o) => o.realPath);
  }

  /** A template by id, or the first bundled one for a file made with a template this build lacks. */
  templateFor(templateId: string): MemoireTemplate {
    const template = this.library.templates.get(templateId) ?? this.library.templates.values().next().value;
    if (!template) throw new AppError('internal', 'aucun modèle de mémoire');
    return template;
  }

  /** The template of an open mémoire. */
  templateOf(e: OpenEntry): MemoireTemplate {
    return this.templateFor(e.file.getMemoire().settings.templateId);
  }

  /** A référentiel by id, or the first bundled one. */
  referentielFor(id: string) {
    const ref = this.library.referentiels.get(id) ?? this.library.referentiels.values().next().value;
    if (!ref) throw new AppError('internal', 'aucun référentiel');
    return ref;
  }

  /** An export's result, its file now allowed to be shown in its folder. */
  written<T extends { path: string }>(result: T): T {
    this.access.touch(result.path);
    return result;
  }

  /**
   * The document of an open mémoire as the editor, the page count and the comments see it: the saved
   * text kept in memory (read once at opening), or the faithful repair of a read-only one.
   */
  documentOf(e: OpenEntry): PmNode {
    return e.readOnly ? e.readOnly.shown : liveDocument(e);
  }

  /** What the editor receives for an open mémoire. */
  describe(handle: string, migrationBackup: string | null = null): OpenedMemoire {
    const e = this.entry(handle);
    const { file, readOnly } = e;
    const { meta, settings } = file.getMemoire();
    const stored = file.documentInfo();
    return {
      handle,
      path: file.path,
      meta,
      settings,
      doc: this.documentOf(e),
      revision: stored.revision,
      updatedAt: stored.updatedAt,
      template: this.templateFor(settings.templateId),
      referentiel: this.referentielFor(settings.referentielId),
      thresholds: this.library.thresholds,
      migrationBackup,
      readOnly: readOnly && { kind: readOnly.kind, reason: readOnly.reason, dropped: readOnly.dropped, lastSnapshot: readOnly.lastSnapshot },
    };
  }

  /**
   * Registers a file under a new handle and describes it; a document the editor cannot represent
   * exactly, or an altered one, makes it read-only. On any failure the file is closed again, so its
   * lock never lingers.
   */
  openAndDescribe(file: MemoireFile, migrationBackup: string | null, altered = false): OpenedMemoire {
    let handle: string | null = null;
    try {
      handle = randomUUID();
      const now = this.now();
      // The document is read from the file once, here; saves keep it up to date afterwards.
      const stored = file.getDocument().doc;
      const readOnly = readOnlyState(file, stored, altered);
      this.open.set(handle, {
        file,
        realPath: realpathSync(file.path),
        sessionStartedAt: now.getTime(),
        nodeWords: null,
        doc: readOnly ? null : stored,
        countMemo: liveCountMemo(),
        readOnly,
      });
      this.access.touch(file.path);
      this.recent.touch(file.path, file.getMemoire().meta.title, now.toISOString());
      const described = this.describe(handle, migrationBackup);
      if (!openedMemoireSchema.safeParse(described).success) throw new AppError('corrupted', 'contenu illisible');
      return described;
    } catch (error) {
      if (handle) this.open.delete(handle);
      file.close();
      throw error instanceof AppError ? error : new AppError('corrupted', (error as Error).message);
    }
  }

  /** Forgets a handle without closing its file (it is registered again under a new one). */
  forget(handle: string): void {
    this.open.delete(handle);
  }

  /** Closes one mémoire (nothing when the handle is unknown). */
  close(handle: string): void {
    const e = this.open.get(handle);
    if (!e) return;
    e.file.close();
    this.open.delete(handle);
  }

  /** Closes every open mémoire (on quit). */
  closeAll(): void {
    for (const e of this.open.values()) e.file.close();
    this.open.clear();
  }
}
