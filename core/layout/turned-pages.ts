import type { RenderBlock } from '../render/render-tree';
import type { Chunk } from './page-model';
import type { FlowPage } from './paginator';

/** Below this share of its height left empty, a portrait page before a turned one is full enough. */
const EMPTY_SHARE_WORTH_FILLING = 0.25;

const heightOf = (chunks: readonly Chunk[]) => chunks.reduce((h, c) => h + c.before + c.height + c.after, 0);

/**
 * The order the body prints in, when a turned (landscape) table left the portrait page before it
 * mostly empty: the text that follows the table in its section (up to the next heading) moves in
 * front of it as far as it fits there, as Word users do by hand. Not when a heading introduces the
 * table (it goes on the turned page with it). Null when nothing moves.
 */
export function textBeforeTurnedPages(
  blocks: readonly RenderBlock[],
  chunks: readonly Chunk[][],
  turned: ReadonlySet<RenderBlock>,
  trial: { pages: readonly FlowPage[]; anchors: ReadonlyMap<string, { page: number }> },
  textHeight: number,
): number[] | null {
  const order = blocks.map((_, i) => i);
  let moved = false;
  for (let k = 0; k < blocks.length; k++) {
    const table = blocks[k];
    if (!turned.has(table) || table.kind !== 'table' || !table.caption || blocks[k - 1]?.kind === 'heading') continue;
    const at = trial.anchors.get(table.caption.anchor)?.page;
    const before = at !== undefined ? trial.pages[at - 1] : undefined;
    if (!before || before.landscape) continue;
    const room = textHeight - before.footnoteHeight - before.y;
    if (room < textHeight * EMPTY_SHARE_WORTH_FILLING) continue;
    // The turned run: this table and any turned table right after it.
    let end = k + 1;
    while (end < blocks.length && turned.has(blocks[end])) end++;
    let used = 0;
    let take = end;
    while (take < blocks.length && blocks[take].kind !== 'heading' && !turned.has(blocks[take]) && used + heightOf(chunks[take]) <= room) {
      used += heightOf(chunks[take]);
      take++;
    }
    if (take === end) continue;
    const position = order.indexOf(k);
    const lifted = order.splice(order.indexOf(end), take - end);
    order.splice(position, 0, ...lifted);
    moved = true;
    k = take - 1;
  }
  return moved ? order : null;
}
