// Child process for the kill-safety test: runs the operations a writing session makes (whole saves, changes,
// snapshots, images, comments, cover edits) in a loop and prints each one once committed, until it is
// killed. Names carry `base` so that every run's operations can be told apart.
import { MemoireFile } from '../../core/store/memoire-file';

const OPERATIONS = ['save', 'change', 'snapshot', 'change', 'image', 'comment', 'save', 'meta'] as const;
const filler = 'Les opportunités de développement sont classées par faisabilité et efficacité économique. '.repeat(400);

async function main(): Promise<void> {
  const [path, baseArg] = process.argv.slice(2);
  const base = Number(baseArg);
  const { file } = await MemoireFile.open(path);
  for (let i = 1; ; i++) {
    const n = base + i;
    const op = OPERATIONS[i % OPERATIONS.length];
    const paragraph = { type: 'paragraph', content: [{ type: 'text', text: `compteur ${n} ${filler}` }] };
    if (op === 'save') file.saveDocument({ type: 'doc', content: [paragraph] }, n);
    // A change as the editor sends it: only the first node rewritten.
    if (op === 'change') file.replaceNodes(0, 1, [JSON.stringify(paragraph)], n);
    if (op === 'snapshot') file.createSnapshot('named', `version ${n}`);
    if (op === 'image') file.addAttachment('image', `image-${n}.png`, 'image/png', Buffer.from(`image ${n} ${filler}`));
    if (op === 'comment') file.addComment({ parentId: null, anchor: null, authorRole: 'tutor', authorName: 'Tuteur', body: `remarque ${n}` });
    if (op === 'meta') file.setMeta({ ...file.getMemoire().meta, title: `Titre ${n}` });
    process.stdout.write(`${op === 'change' ? 'save' : op} ${n}\n`);
  }
}

void main();
