import fontkit from '@pdf-lib/fontkit';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, PDFPage, PDFRef, PDFString, type PDFFont, type PDFImage } from 'pdf-lib';
import { AppError } from '../../errors';
import type { FaceStyle, FontFamily } from '../../layout/fonts';
import type { LaidDocument } from '../../layout/layout-document';
import type { LaidPage, PageItem } from '../../layout/page-model';
import { printableInfo } from '../../images/prepare-image';
import { loadAnnex } from './annex';

/** Document properties written in the PDF's Info dictionary. */
export interface PdfProperties {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
}

/** A PDF attached to the mémoire as an annex, appended after the body. */
export interface PdfAnnex {
  name: string;
  data: Uint8Array;
}

/** One bookmark and its children. */
export interface OutlineEntry {
  title: string;
  anchor?: string;
  page?: number;
  children: OutlineEntry[];
}

const n = (v: number) => (Math.round(v * 100) / 100).toString();

function rgb(hex: string | undefined): string {
  const h = hex ?? '000000';
  return `${n(parseInt(h.slice(0, 2), 16) / 255)} ${n(parseInt(h.slice(2, 4), 16) / 255)} ${n(parseInt(h.slice(4, 6), 16) / 255)}`;
}

/** A face embedded once, with the glyph codes of each character cached (fontkit's layout runs once per character). */
class EmbeddedFace {
  private readonly codes = new Map<string, string>();
  constructor(readonly font: PDFFont) {}
  hex(text: string): string {
    let out = '';
    for (const ch of text) {
      let code = this.codes.get(ch);
      if (code === undefined) {
        code = this.font.encodeText(ch).asString();
        this.codes.set(ch, code);
      }
      out += code;
    }
    return out;
  }
}

/**
 * Writes laid-out pages with pdf-lib: subset TrueType fonts, one content stream per page written as
 * raw operators (a line of text is one TJ with its justification in it), images, internal and
 * external links, bookmarks, page labels, properties in French, and the annex PDFs at the end.
 */
export async function writePdf(
  laid: LaidDocument,
  family: FontFamily,
  images: (id: string) => Uint8Array | null,
  properties: PdfProperties,
  outline: OutlineEntry[],
  annexes: PdfAnnex[],
): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const faces = new Map<FaceStyle, EmbeddedFace>();
  const face = async (style: FaceStyle) => {
    let f = faces.get(style);
    if (!f) {
      f = new EmbeddedFace(await doc.embedFont(family.faces[style].bytes, { subset: true }));
      faces.set(style, f);
    }
    return f;
  };
  const embedded = new Map<string, PDFImage>();
  const image = async (id: string) => {
    let img = embedded.get(id);
    if (!img) {
      const data = images(id);
      if (!data) throw new AppError('unknown-attachment', id);
      const info = printableInfo(data, id);
      img = info.type === 'png' ? await doc.embedPng(data) : await doc.embedJpg(data);
      embedded.set(id, img);
    }
    return img;
  };

  const pages: PDFPage[] = [];
  const links: Array<{ page: number; item: Extract<PageItem, { t: 'link' }>; dx: number; dy: number }> = [];
  for (let p = 0; p < laid.pages.length; p++) {
    const lp: LaidPage = laid.pages[p];
    const page = doc.addPage([lp.width, lp.height]);
    pages.push(page);
    const H = lp.height;
    const fontKeys = new Map<FaceStyle, string>();
    const imageKeys = new Map<string, string>();
    let out = '';
    let fill = '';
    const setFill = (hex: string | undefined) => {
      const c = rgb(hex);
      if (c !== fill) {
        out += `${c} rg\n`;
        fill = c;
      }
    };
    for (const g of lp.groups) {
      for (const it of g.items) {
        switch (it.t) {
          case 'text': {
            const f = await face(it.face);
            let key = fontKeys.get(it.face);
            if (!key) {
              key = page.node.newFontDictionary(f.font.name, f.font.ref).asString();
              fontKeys.set(it.face, key);
            }
            setFill(it.color);
            let tj: string;
            if (it.spaceExtra > 0.001 && it.text.includes(' ')) {
              const adjust = n((-it.spaceExtra * 1000) / it.size);
              tj = it.text.split(' ').map((part, i, all) => `<${f.hex(part)}${i < all.length - 1 ? f.hex(' ') : ''}>${i < all.length - 1 ? ` ${adjust} ` : ''}`).join('');
            } else tj = `<${f.hex(it.text)}>`;
            out += `BT ${key} ${n(it.size)} Tf 1 0 0 1 ${n(g.dx + it.x)} ${n(H - g.dy - it.y)} Tm [${tj}] TJ ET\n`;
            break;
          }
          case 'rect': {
            const x = n(g.dx + it.x);
            const y = n(H - g.dy - it.y - it.h);
            if (it.fill) {
              setFill(it.fill);
              out += `${x} ${y} ${n(it.w)} ${n(it.h)} re f\n`;
            }
            if (it.stroke) out += `${rgb(it.stroke)} RG ${n(it.lineWidth ?? 0.5)} w ${x} ${y} ${n(it.w)} ${n(it.h)} re S\n`;
            break;
          }
          case 'poly': {
            const pts: string[] = [];
            for (let i = 0; i < it.points.length; i += 2) pts.push(`${n(g.dx + it.points[i])} ${n(H - g.dy - it.points[i + 1])} ${i ? 'l' : 'm'}`);
            out += `q ${rgb(it.color)} RG ${n(it.width)} w ${it.dash ? `[${it.dash}] 0 d ` : ''}${pts.join(' ')} S Q\n`;
            break;
          }
          case 'image': {
            const img = await image(it.id);
            let key = imageKeys.get(it.id);
            if (!key) {
              key = page.node.newXObject('Im', img.ref).asString();
              imageKeys.set(it.id, key);
            }
            out += `q ${n(it.w)} 0 0 ${n(it.h)} ${n(g.dx + it.x)} ${n(H - g.dy - it.y - it.h)} cm ${key} Do Q\n`;
            break;
          }
          case 'link':
            links.push({ page: p, item: it, dx: g.dx, dy: g.dy });
            break;
        }
      }
    }
    page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.flateStream(out)));
  }

  const ctx = doc.context;
  const destOf = (anchor: string | undefined, pageIndex?: number): PDFArray | null => {
    const place = anchor ? laid.anchors.get(anchor) : pageIndex !== undefined ? { page: pageIndex, y: 0 } : undefined;
    if (!place || !pages[place.page]) return null;
    const target = pages[place.page];
    return ctx.obj([target.ref, PDFName.of('XYZ'), PDFNull, PDFNumber.of(target.getHeight() - place.y + 4), PDFNull]);
  };

  const annots = new Map<number, PDFRef[]>();
  for (const { page, item, dx, dy } of links) {
    const H = laid.pages[page].height;
    const rect = [dx + item.x, H - dy - item.y - item.h, dx + item.x + item.w, H - dy - item.y].map((v) => PDFNumber.of(Math.round(v * 100) / 100));
    const dict: Record<string, unknown> = { Type: 'Annot', Subtype: 'Link', Rect: ctx.obj(rect), Border: ctx.obj([0, 0, 0]) };
    if (item.uri) dict.A = ctx.obj({ Type: 'Action', S: 'URI', URI: PDFString.of(item.uri) });
    else {
      const dest = destOf(item.dest);
      if (!dest) continue;
      dict.Dest = dest;
    }
    const ref = ctx.register(ctx.obj(dict as never));
    annots.set(page, [...(annots.get(page) ?? []), ref]);
  }
  for (const [page, refs] of annots) pages[page].node.set(PDFName.of('Annots'), ctx.obj(refs));

  // Annexes: each PDF opens before its pages are copied, so a bad one names itself.
  const annexStart = pages.length;
  const annexOutline: OutlineEntry[] = [];
  for (const annex of annexes) {
    const src = await loadAnnex(annex.name, annex.data);
    const first = doc.getPageCount();
    for (const copied of await doc.copyPages(src, src.getPageIndices())) {
      doc.addPage(copied);
      pages.push(copied);
    }
    annexOutline.push({ title: annex.name.replace(/\.pdf$/i, ''), page: first, children: [] });
  }

  writeOutline(doc, [...outline, ...(annexOutline.length ? [{ title: 'Annexes jointes', page: annexStart, children: annexOutline }] : [])], destOf);

  // Page labels: the cover and sommaire in roman numerals, the body from 1, the attached annexes "A-1"…
  // (A deck of slides has no front matter: numbered from 1 on its first page.)
  const nums: unknown[] = laid.bodyStart > 0 ? [0, ctx.obj({ S: 'r' }), laid.bodyStart, ctx.obj({ S: 'D' })] : [0, ctx.obj({ S: 'D' })];
  if (pages.length > annexStart) nums.push(annexStart, ctx.obj({ S: 'D', P: PDFString.of('A-') }));
  doc.catalog.set(PDFName.of('PageLabels'), ctx.obj({ Nums: ctx.obj(nums as never) }));
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  doc.catalog.set(PDFName.of('ViewerPreferences'), ctx.obj({ DisplayDocTitle: true }));

  doc.setTitle(properties.title, { showInWindowTitleBar: true });
  doc.setAuthor(properties.author);
  doc.setSubject(properties.subject);
  doc.setKeywords(properties.keywords);
  doc.setLanguage('fr-FR');
  doc.setCreator('Mémoire Studio');
  doc.setProducer('Mémoire Studio (pdf-lib)');
  const now = new Date();
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  return doc.save({ useObjectStreams: true });
}

/** Bookmarks as PDF outline items (pdf-lib has no API for them): First/Last/Next/Prev/Parent/Count. */
function writeOutline(doc: PDFDocument, entries: OutlineEntry[], destOf: (anchor: string | undefined, page?: number) => PDFArray | null): void {
  const ctx = doc.context;
  const usable = (list: OutlineEntry[]): OutlineEntry[] => list.filter((e) => destOf(e.anchor, e.page));
  const build = (list: OutlineEntry[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } | null => {
    const items = usable(list);
    if (!items.length) return null;
    const refs = items.map(() => ctx.nextRef());
    let count = 0;
    items.forEach((e, i) => {
      const dict = ctx.obj({}) as PDFDict;
      dict.set(PDFName.of('Title'), PDFHexString.fromText(e.title));
      dict.set(PDFName.of('Parent'), parent);
      dict.set(PDFName.of('Dest'), destOf(e.anchor, e.page)!);
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]);
      if (i < items.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]);
      const kids = build(e.children, refs[i]);
      if (kids) {
        dict.set(PDFName.of('First'), kids.first);
        dict.set(PDFName.of('Last'), kids.last);
        // Negative: chapters start closed, only the level-1 headings show until opened.
        dict.set(PDFName.of('Count'), PDFNumber.of(-kids.count));
      }
      ctx.assign(refs[i], dict);
      count += 1;
    });
    return { first: refs[0], last: refs[refs.length - 1], count };
  };
  const root = ctx.nextRef();
  const top = build(entries, root);
  if (!top) return;
  ctx.assign(root, ctx.obj({ Type: 'Outlines', First: top.first, Last: top.last, Count: PDFNumber.of(top.count) }));
  doc.catalog.set(PDFName.of('Outlines'), root);
}
