import { resolve } from 'node:path';
import type { MemoireMeta } from '../model/metadata';
import type { MemoireTemplate } from '../referential/template-schema';
import { finishDraft, type DraftDocument } from '../import/import-docx';
import { MemoireFile, type StoreOptions } from '../store/memoire-file';
import { parseDocument } from '../schema/extensions';
import { statsFromBlocks } from '../document/sections';
import { pmBlocks } from '../document/pm-blocks';
import { AppError } from '../errors';

/** What the user decided on the mapping screen: a section per heading, the plain tables to convert. */
export interface DraftChoices {
  mapping: ReadonlyMap<number, string | null>;
  convertTables: readonly number[];
}

/**
 * Creates a new .memoire from a Word draft: its images stored as attachments, its headings tied to the
 * chosen sections, the chosen tables converted into blocks. The target must not exist (never
 * overwritten); a failure removes nothing but the new file's own half-written content.
 */
export function createMemoireFromDraft(
  path: string,
  draft: DraftDocument,
  meta: MemoireMeta,
  template: MemoireTemplate,
  choices: DraftChoices,
  options: StoreOptions,
): MemoireFile {
  const file = MemoireFile.create(
    resolve(path),
    {
      meta,
      settings: { templateId: template.id, referentielId: template.referentielId, length: template.length, exportPreset: 'times-12' },
      doc: { type: 'doc', content: [{ type: 'paragraph' }] },
    },
    options,
  );
  try {
    const ext = (mime: string) => (mime === 'image/png' ? 'png' : 'jpg');
    const ids = new Map(
      draft.images.map((img, i) => [img.ref, file.addAttachment('image', `image-importee-${i + 1}.${ext(img.mime)}`, img.mime, img.data).id]),
    );
    const doc = finishDraft(draft, choices.mapping, choices.convertTables, ids);
    const parsed = parseDocument(doc);
    if (!parsed.ok) throw new AppError('invalid-document', parsed.message);
    file.saveDocument(doc, statsFromBlocks(pmBlocks(parsed.node)).totalWords);
    return file;
  } catch (error) {
    file.close();
    throw error;
  }
}
