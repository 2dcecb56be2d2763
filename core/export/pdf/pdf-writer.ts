import type { DocumentProperties } from '../../render/render-tree';
import fontkit from '@pdf-lib/fontkit';
import { createHash } from 'node:crypto';
import { srgbIccProfile } from './srgb-profile';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, PDFPage, PDFRef, PDFString, type PDFFont, type PDFImage } from 'pdf-lib';
import { AppError } from '../../errors';
import type { FaceStyle, FontFamily } from '../../layout/fonts';
import type { LaidDocument } from '../../layout/layout-document';
import type { LaidPage, PageItem } from '../../layout/page-model';
import { printableInfo } from '../../images/prepare-image';
import { loadAnnex } from './annex';

/** Document properties written in the PDF's Info dictionary and its XMP. */
export type PdfProperties = Pick<DocumentProperties, 'title' | 'author' | 'subject' | 'keywords'>;

/** What a laid-out document is written with: its fonts and images, properties, bookmarks and annexes. */
export interface PdfContent {
  family: FontFamily;
  images: (id: string) => Uint8Array | null;
  properties: PdfProperties;
  outline: OutlineEntry[];
  annexes: PdfAnnex[];
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

/** Fonts and images embedded once for the whole document, whichever page first needs them. */
class PdfResources {
  private readonly faces = new Map<FaceStyle, EmbeddedFace>();
  private readonly images = new Map<string, PDFImage>();
  constructor(
    private readonly doc: PDFDocument,
    private readonly family: FontFamily,
    private readonly imageBytes: (id: string) => Uint8Array | null,
  ) {}

  async face(style: FaceStyle): Promise<EmbeddedFace> {
    let f = this.faces.get(style);
    if (!f) {
      f = new EmbeddedFace(await this.doc.embedFont(this.family.faces[style].bytes, { subset: true }));
      this.faces.set(style, f);
    }
    return f;
  }

  async image(id: string): Promise<PDFImage> {
    let img = this.images.get(id);
    if (!img) {
      const data = this.imageBytes(id);
      if (!data) throw new AppError('unknown-attachment', id);
      img = printableInfo(data, id).type === 'png' ? await this.doc.embedPng(data) : await this.doc.embedJpg(data);
      this.images.set(id, img);
    }
    return img;
  }

  /** The fonts embedded, for the archival checks. */
  fonts(): PDFFont[] {
    return [...this.faces.values()].map((f) => f.font);
  }
}

/** A link found while drawing a page, placed once every page exists. */
type PendingLink = { page: number; item: Extract<PageItem, { t: 'link' }>; dx: number; dy: number };

/** A line of text as one TJ operator, the justification's extra space written between its words. */
function textRun(f: EmbeddedFace, text: string, size: number, spaceExtra: number): string {
  if (spaceExtra <= 0.001 || !text.includes(' ')) return `<${f.hex(text)}>`;
  const adjust = n((-spaceExtra * 1000) / size);
  return text
    .split(' ')
    .map((part, i, all) => `<${f.hex(part)}${i < all.length - 1 ? f.hex(' ') : ''}>${i < all.length - 1 ? ` ${adjust} ` : ''}`)
    .join('');
}

/**
 * Draws one laid page as a raw content stream (text, rules and fills, chart lines, images); its links
 * are collected for later, when their targets exist.
 */
async function drawPage(page: PDFPage, lp: LaidPage, pageIndex: number, resources: PdfResources, links: PendingLink[]): Promise<string> {
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
          const f = await resources.face(it.face);
          let key = fontKeys.get(it.face);
          if (!key) {
            key = page.node.newFontDictionary(f.font.name, f.font.ref).asString();
            fontKeys.set(it.face, key);
          }
          setFill(it.color);
          out += `BT ${key} ${n(it.size)} Tf 1 0 0 1 ${n(g.dx + it.x)} ${n(H - g.dy - it.y)} Tm [${textRun(f, it.text, it.size, it.spaceExtra)}] TJ ET\n`;
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
          const img = await resources.image(it.id);
          let key = imageKeys.get(it.id);
          if (!key) {
            key = page.node.newXObject('Im', img.ref).asString();
            imageKeys.set(it.id, key);
          }
          out += `q ${n(it.w)} 0 0 ${n(it.h)} ${n(g.dx + it.x)} ${n(H - g.dy - it.y - it.h)} cm ${key} Do Q\n`;
          break;
        }
        case 'link':
          links.push({ page: pageIndex, item: it, dx: g.dx, dy: g.dy });
          break;
      }
    }
  }
  return out;
}

/** Where an anchor (or a page) sends the reader: an XYZ destination a few points above its place. */
type Destinations = (anchor: string | undefined, pageIndex?: number) => PDFArray | null;

function destinations(doc: PDFDocument, laid: LaidDocument, pages: PDFPage[]): Destinations {
  return (anchor, pageIndex) => {
    const place = anchor ? laid.anchors.get(anchor) : pageIndex !== undefined ? { page: pageIndex, y: 0 } : undefined;
    if (!place || !pages[place.page]) return null;
    const target = pages[place.page];
    return doc.context.obj([target.ref, PDFName.of('XYZ'), PDFNull, PDFNumber.of(target.getHeight() - place.y + 4), PDFNull]);
  };
}

/** The links' annotations, each on its page: a web address, or an internal destination that exists. */
function writeLinks(doc: PDFDocument, laid: LaidDocument, pages: PDFPage[], links: PendingLink[], destOf: Destinations): void {
  const ctx = doc.context;
  const annots = new Map<number, PDFRef[]>();
  for (const { page, item, dx, dy } of links) {
    const H = laid.pages[page].height;
    const rect = [dx + item.x, H - dy - item.y - item.h, dx + item.x + item.w, H - dy - item.y].map((v) => PDFNumber.of(Math.round(v * 100) / 100));
    // F 4: printed (PDF/A wants every annotation printable).
    const dict: Record<string, unknown> = { Type: 'Annot', Subtype: 'Link', Rect: ctx.obj(rect), Border: ctx.obj([0, 0, 0]), F: 4 };
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
}

/** Appends the annex PDFs, each opened before its pages are copied so that a bad one names itself; their bookmarks. */
async function appendAnnexes(doc: PDFDocument, annexes: PdfAnnex[], pages: PDFPage[]): Promise<OutlineEntry[]> {
  const outline: OutlineEntry[] = [];
  for (const annex of annexes) {
    const src = await loadAnnex(annex.name, annex.data);
    const first = doc.getPageCount();
    for (const copied of await doc.copyPages(src, src.getPageIndices())) {
      doc.addPage(copied);
      pages.push(copied);
    }
    outline.push({ title: annex.name.replace(/\.pdf$/i, ''), page: first, children: [] });
  }
  return outline;
}

/**
 * Page labels: the cover and sommaire in roman numerals, the body from 1, the attached annexes "A-1"…
 * (a deck of slides has no front matter: numbered from 1 on its first page); bookmarks shown on opening.
 */
function writeCatalog(doc: PDFDocument, bodyStart: number, annexStart: number, pageCount: number): void {
  const ctx = doc.context;
  const nums: unknown[] = bodyStart > 0 ? [0, ctx.obj({ S: 'r' }), bodyStart, ctx.obj({ S: 'D' })] : [0, ctx.obj({ S: 'D' })];
  if (pageCount > annexStart) nums.push(annexStart, ctx.obj({ S: 'D', P: PDFString.of('A-') }));
  doc.catalog.set(PDFName.of('PageLabels'), ctx.obj({ Nums: ctx.obj(nums as never) }));
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  doc.catalog.set(PDFName.of('ViewerPreferences'), ctx.obj({ DisplayDocTitle: true }));
}

/** The Info dictionary in French, dated to the whole second that the XMP repeats; returns that instant. */
function writeProperties(doc: PDFDocument, properties: PdfProperties): Date {
  doc.setTitle(properties.title, { showInWindowTitleBar: true });
  doc.setAuthor(properties.author);
  doc.setSubject(properties.subject);
  doc.setKeywords(properties.keywords);
  doc.setLanguage(PDF_LANGUAGE);
  doc.setCreator(PDF_CREATOR);
  doc.setProducer(PDF_PRODUCER);
  // Whole seconds: the Info dictionary's dates and the XMP's must be the same instant.
  const now = new Date(Math.floor(Date.now() / 1000) * 1000);
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  return now;
}

/**
 * Writes laid-out pages with pdf-lib: subset TrueType fonts, one content stream per page written as
 * raw operators (a line of text is one TJ with its justification in it), images, internal and
 * external links, bookmarks, page labels, properties in French, and the annex PDFs at the end.
 */
export async function writePdf(laid: LaidDocument, content: PdfContent): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const resources = new PdfResources(doc, content.family, content.images);
  const pages: PDFPage[] = [];
  const links: PendingLink[] = [];
  for (const [index, lp] of laid.pages.entries()) {
    const page = doc.addPage([lp.width, lp.height]);
    pages.push(page);
    const stream = await drawPage(page, lp, index, resources, links);
    page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.flateStream(stream)));
  }
  const destOf = destinations(doc, laid, pages);
  writeLinks(doc, laid, pages, links, destOf);
  const annexStart = pages.length;
  const annexOutline = await appendAnnexes(doc, content.annexes, pages);
  const attached = annexOutline.length ? [{ title: 'Annexes jointes', page: annexStart, children: annexOutline }] : [];
  writeOutline(doc, [...content.outline, ...attached], destOf);
  writeCatalog(doc, laid.bodyStart, annexStart, pages.length);
  const now = writeProperties(doc, content.properties);
  await doc.flush();
  makeArchival(doc, content.properties, now, resources.fonts());
  return doc.save({ useObjectStreams: true });
}

const PDF_LANGUAGE = 'fr-FR';
const PDF_CREATOR = 'Mémoire Studio';
const PDF_PRODUCER = 'Mémoire Studio (pdf-lib)';

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The XMP packet of a PDF/A-2b file, saying what the Info dictionary says. */
function xmpPacket(p: PdfProperties, date: Date): string {
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return [
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    '<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(p.title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${xmlText(p.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(p.subject)}</rdf:li></rdf:Alt></dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${PDF_LANGUAGE}</rdf:li></rdf:Bag></dc:language>`,
    `<pdf:Keywords>${xmlText(p.keywords.join(' '))}</pdf:Keywords>`,
    `<pdf:Producer>${xmlText(PDF_PRODUCER)}</pdf:Producer>`,
    `<xmp:CreatorTool>${xmlText(PDF_CREATOR)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${iso}</xmp:CreateDate><xmp:ModifyDate>${iso}</xmp:ModifyDate>`,
    '</rdf:Description></rdf:RDF></x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

/** Six capitals from a font's name: the same tag for the same subset name, as PDF/A's subset fonts carry. */
function subsetTag(name: string): string {
  const digest = createHash('md5').update(name).digest();
  return Array.from(digest.subarray(0, 6), (b) => String.fromCharCode(65 + (b % 26))).join('');
}

/**
 * PDF/A-2b: the XMP metadata matching the Info dictionary, an sRGB OutputIntent with its ICC
 * profile, and each embedded subset font named with its subset tag (« ABCDEF+LiberationSerif »).
 */
function makeArchival(doc: PDFDocument, properties: PdfProperties, date: Date, fonts: PDFFont[]): void {
  const ctx = doc.context;
  const metadata = ctx.stream(new TextEncoder().encode(xmpPacket(properties, date)), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), ctx.register(metadata));
  const profile = ctx.register(ctx.flateStream(srgbIccProfile(), { N: 3 }));
  const intent = ctx.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    RegistryName: PDFString.of('http://www.color.org'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    DestOutputProfile: profile,
  });
  doc.catalog.set(PDFName.of('OutputIntents'), ctx.obj([intent]));
  // The file identifier PDF/A requires in the trailer, from what the file is and when it was made.
  const id = PDFHexString.of(createHash('md5').update(`${properties.title}|${properties.author}|${date.toISOString()}`).digest('hex'));
  ctx.trailerInfo.ID = ctx.obj([id, id]);
  for (const font of fonts) {
    const type0 = ctx.lookup(font.ref, PDFDict);
    const name = type0.lookup(PDFName.of('BaseFont'), PDFName).decodeText();
    if (name.includes('+')) continue;
    const tagged = PDFName.of(`${subsetTag(name)}+${name}`);
    type0.set(PDFName.of('BaseFont'), tagged);
    const cid = type0.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict);
    cid.set(PDFName.of('BaseFont'), tagged);
    cid.lookup(PDFName.of('FontDescriptor'), PDFDict).set(PDFName.of('FontName'), tagged);
  }
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
