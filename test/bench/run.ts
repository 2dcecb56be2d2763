// `npm run bench`: every performance target of the issues, measured against a peer in the same run.
import { benchAutosave } from './autosave.bench';
import { benchWeb } from './web.bench';
import { benchChecks } from './checks.bench';
import { benchDocx } from './docx.bench';
import { benchPdf } from './pdf.bench';
import { benchImport } from './import.bench';
import { benchCli } from './cli.bench';
import { benchReanchor } from './review.bench';
import { benchSlides } from './slides.bench';
import { benchHugeDocument } from './huge-document.bench';
import { benchSpelling } from './spelling.bench';

const lines: string[] = ['Mémoire Studio — bancs d’essai (médianes, machine courante)', ''];
lines.push(...(await benchAutosave()));
lines.push(...benchChecks());
lines.push(...(await benchDocx()));
lines.push(...(await benchPdf()));
lines.push(...(await benchImport()));
lines.push(...benchCli());
lines.push(...benchReanchor());
lines.push(...(await benchSlides()));
lines.push(...(await benchSpelling()));
lines.push(...(await benchWeb()));
lines.push(...(await benchHugeDocument()));
console.log(lines.join('\n'));
