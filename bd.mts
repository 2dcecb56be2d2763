import { benchDocx } from './test/bench/docx.bench';
import { benchPdf } from './test/bench/pdf.bench';
console.log((await benchDocx()).join('\n'));
console.log((await benchPdf()).join('\n'));
