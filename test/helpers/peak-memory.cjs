// Preloaded (node -r) into a CLI run by the bad-input suite: reports the process's peak resident
// memory, worker threads included, when it exits.
process.on('exit', () => {
  require('node:fs').writeSync(2, `\nPIC_MEMOIRE_KO ${process.resourceUsage().maxRSS}\n`);
});
