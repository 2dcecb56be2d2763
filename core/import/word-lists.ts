/**
 * Word puts a list on the clipboard as paragraphs (`mso-list: l0 level2 lfo1`) whose bullet or number
 * is text in a span marked `mso-list: Ignore`. Pasted as they are, they become paragraphs starting with
 * « ·   ». This turns each run of them into real lists, nested by level, numbered when the marker is.
 */

/** A numbered marker: « 1. », « a) », « iv. », « (2) ». */
const NUMBERED = /^\(?([0-9]{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,5})[.)]/;

interface ListItem {
  level: number;
  ordered: boolean;
  paragraph: Element;
}

function listLevel(p: Element): number | null {
  const style = p.getAttribute('style') ?? '';
  const list = /mso-list:\s*l\d+\s+level(\d+)/i.exec(style);
  if (list) return Number(list[1]);
  return /^MsoListParagraph/i.test(p.getAttribute('class') ?? '') ? 1 : null;
}

/** Takes the marker out of a list paragraph; whether it was a number. */
function takeMarker(p: Element): boolean {
  const markers = [...p.querySelectorAll('span')].filter((s) => /mso-list:\s*Ignore/i.test(s.getAttribute('style') ?? ''));
  const text = markers
    .map((m) => m.textContent ?? '')
    .join('')
    .replace(/\s+/g, '');
  for (const m of markers) m.remove();
  return NUMBERED.test(text);
}

/** Consecutive list paragraphs (blank text between them does not break the run). */
function runs(items: ListItem[]): ListItem[][] {
  const out: ListItem[][] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    let prev = item.paragraph.previousSibling;
    while (prev && prev.nodeType !== 1 && !(prev.textContent ?? '').trim()) prev = prev.previousSibling;
    if (last && prev === last[last.length - 1].paragraph) last.push(item);
    else out.push([item]);
  }
  return out;
}

/** Builds nested <ul>/<ol> for one run and puts it where the run was. */
function replaceRun(doc: Document, run: ListItem[]): void {
  const stack: Array<{ level: number; list: Element }> = [];
  const first = run[0].paragraph;
  let root: Element | null = null;
  for (const item of run) {
    while (stack.length && stack[stack.length - 1].level > item.level) stack.pop();
    let top = stack[stack.length - 1];
    if (!top || top.level < item.level) {
      const list = doc.createElement(item.ordered ? 'ol' : 'ul');
      if (top) (top.list.lastElementChild ?? top.list).appendChild(list);
      else root = list;
      top = { level: item.level, list };
      stack.push(top);
    }
    const li = doc.createElement('li');
    const p = doc.createElement('p');
    while (item.paragraph.firstChild) p.appendChild(item.paragraph.firstChild);
    li.appendChild(p);
    top.list.appendChild(li);
  }
  first.parentNode?.insertBefore(root!, first);
  for (const item of run) item.paragraph.remove();
}

/** The HTML with Word's list paragraphs turned into lists; unchanged when there are none. */
export function wordListsToLists(html: string, parser: { parseFromString(text: string, type: string): Document }): string {
  if (!/mso-list|MsoListParagraph/i.test(html)) return html;
  const doc = parser.parseFromString(html, 'text/html');
  const items: ListItem[] = [];
  for (const p of doc.body.querySelectorAll('p')) {
    const level = listLevel(p);
    if (level !== null) items.push({ level, ordered: takeMarker(p), paragraph: p });
  }
  for (const run of runs(items)) replaceRun(doc, run);
  return doc.body.innerHTML;
}
