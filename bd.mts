import { benchDocx } from './test/bench/docx.bench';
console.log((await benchDocx()).join('\n'));
