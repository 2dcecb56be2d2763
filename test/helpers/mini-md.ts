import type { PmNode } from '../../core/model/document';

const text = (t: string): PmNode[] => (t ? [{ type: 'text', text: t }] : []);
const paragraph = (t: string): PmNode => ({ type: 'paragraph', content: text(t) });

function table(lines: string[]): PmNode {
  const rows = lines
    .filter((l) => !/^\|\s*-/.test(l))
    .map((l) =>
      l
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => c.trim()),
    );
  return {
    type: 'table',
    content: rows.map((cells, r) => ({
      type: 'tableRow',
      content: cells.map((c) => ({ type: r === 0 ? 'tableHeader' : 'tableCell', content: [paragraph(c)] })),
    })),
  };
}

function list(lines: string[]): PmNode {
  const items: PmNode[] = [];
  for (const line of lines) {
    const nested = /^\s{2,}- /.test(line);
    const t = line.replace(/^\s*- /, '');
    if (nested && items.length) {
      const parent = items[items.length - 1];
      let sub = parent.content!.find((n) => n.type === 'bulletList');
      if (!sub) parent.content!.push((sub = { type: 'bulletList', content: [] }));
      sub.content!.push({ type: 'listItem', content: [paragraph(t)] });
    } else items.push({ type: 'listItem', content: [paragraph(t)] });
  }
  return { type: 'bulletList', content: items };
}

/**
 * A mémoire written the way candidates write, from a few lines of Markdown: `#` headings, paragraphs,
 * `- ` lists (two spaces to nest), `> ` quotations and `|` tables. For invented drafts in tests.
 */
export function miniMarkdown(source: string): PmNode {
  const content: PmNode[] = [];
  const lines = source.split('\n');
  for (let i = 0; i < lines.length;) {
    const line = lines[i];
    if (!line.trim()) {
      i++;
      continue;
    }
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) {
      content.push({ type: 'heading', attrs: { level: heading[1].length, sectionId: null }, content: text(heading[2]) });
      i++;
      continue;
    }
    const take = (re: RegExp) => {
      const block: string[] = [];
      while (i < lines.length && re.test(lines[i])) block.push(lines[i++]);
      return block;
    };
    if (line.startsWith('|')) content.push(table(take(/^\|/)));
    else if (/^\s*- /.test(line)) content.push(list(take(/^\s*- /)));
    else if (line.startsWith('> ')) content.push({ type: 'blockquote', content: take(/^> /).map((l) => paragraph(l.slice(2))) });
    else content.push(paragraph(take(/^(?!#|\||\s*- |> ).+/).join(' ')));
  }
  return { type: 'doc', content };
}
