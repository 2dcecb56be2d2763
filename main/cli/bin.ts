// Entry point of the prebuilt `memoire` command (dist-cli/memoire.cjs, package.json "bin").
import { runCli } from './index';

runCli(process.argv.slice(2)).then((code) => process.exit(code));
