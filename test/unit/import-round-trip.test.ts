import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportMemoire } from '../../core/export/export-memoire';
import { SOURCE_PART } from '../../core/export/docx/embedded-source';
import { readDocxDraft } from '../../core/import/import-docx';
import { createMemoireFromDraft } from '../../core/services/import-draft';
import { MemoireFile } from '../../core/store/memoire-file';
import type { PmNode } from '../../core/model/document';
import { nodeWindow } from '../../main/shared/node-dom';
import { generateMemoire } from '../fixtures/generate-memoire';
import { check, statuses } from '../helpers/checks';
import { FONTS_DIR } from '../helpers/paths';
import { sampleMemoire, template } from '../helpers/sample';
import { tempDir } from '../helpers/temp';

const shape = (doc: PmNode) =>
  (doc.content ?? []).map((n) =>
    n.type === 'heading' ? `h:${String(n.attrs?.sectionId)}` : n.attrs?.data ? `${n.type}:${JSON.stringify(n.attrs.data)}` : n.type,
  );

async function exported(dir: string, confidential = false): Promise<{ path: string; doc: PmNode }> {
  const source = join(dir, 'reference.memoire');
  const doc = generateMemoire(template, 6000);
  const file = MemoireFile.create(source, { ...sampleMemoire(), doc });
  const out = join(dir, confidential ? 'confidentiel.docx' : 'reference.docx');
  await exportMemoire(file, template, { format: 'docx', out, overwrite: false, confidential }, { fontsDir: FONTS_DIR });
  file.close();
  return { path: out, doc };
}

describe('Word round trip', () => {
  it('an export imported unchanged gives the same sections, blocks and statuses', async () => {
    const dir = tempDir();
    const { path, doc } = await exported(dir);
    const draft = await readDocxDraft(readFileSync(path), nodeWindow(), template);
    expect(draft.report.origin).toBe('memoire-studio');
    const file = createMemoireFromDraft(join(dir, 'retour.memoire'), draft, sampleMemoire().meta, template, { mapping: new Map(), convertTables: [] }, {});
    const back = file.getDocument().doc;
    file.close();
    expect(shape(back)).toEqual(shape(doc));
    expect(statuses(check(back))).toEqual(statuses(check(doc)));
    expect(Object.values(statuses(check(back))).filter((s) => s === 'satisfied')).toHaveLength(29);
  });

  it('an export edited in Word is imported as a draft, and a confidential export carries nothing', async () => {
    const dir = tempDir();
    const { path } = await exported(dir);
    const zip = await JSZip.loadAsync(readFileSync(path));
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', xml.replace('</w:body>', '<w:p><w:r><w:t>Ajout fait dans Word.</w:t></w:r></w:p></w:body>'));
    const edited = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const draft = await readDocxDraft(edited, nodeWindow(), template);
    expect(draft.report.origin).toBe('word');
    expect(JSON.stringify(draft.doc)).toContain('Ajout fait dans Word.');
    const confidential = await exported(tempDir(), true);
    expect((await JSZip.loadAsync(readFileSync(confidential.path))).file(SOURCE_PART)).toBeNull();
  });
});
