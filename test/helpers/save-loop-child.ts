// Child process for the kill-safety test: saves the document in a loop and prints each committed
// counter, until it is killed.
import { MemoireFile } from '../../core/store/memoire-file';

const path = process.argv[2];
const filler = 'Les opportunités de développement sont classées par faisabilité et efficacité économique. '.repeat(400);
const { file } = await MemoireFile.open(path);
for (let i = 1; ; i++) {
  file.saveDocument({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `compteur ${i} ${filler}` }] }] }, i);
  process.stdout.write(`${i}\n`);
}
