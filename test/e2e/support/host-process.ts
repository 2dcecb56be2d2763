import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../helpers/paths';

/** A web host running in its own process, as a user runs it, so a test can SIGKILL it. */
export interface HostProcess {
  url: string;
  child: ChildProcess;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `main/web-host` on a free port with the given workspace and data folders. */
export function startHostProcess(workspace: string, dataDir: string): Promise<HostProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'main/web-host/index.ts'), '--port', '0', '--workspace', workspace, '--data', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${out}`)), 30_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const match = /prêt : (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[1],
          child,
          kill: (signal = 'SIGTERM') =>
            new Promise<void>((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done();
              child.once('exit', () => done());
              child.kill(signal);
              // A host that does not stop on SIGTERM is killed: a test never hangs on it.
              if (signal !== 'SIGKILL') setTimeout(() => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL'), 5_000).unref();
            }),
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`web host exited (${code}):\n${out}`)));
  });
}
