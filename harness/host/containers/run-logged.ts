// Runs a host command whose progress matters to the user (debootstrap, docker build): each output line
// goes to the caller's log as it arrives, and a failure quotes the command's last lines, because the
// exit code alone does not say which package or step broke.
import { spawn } from 'node:child_process';
import type { LogLine } from './log-line.ts';

const TAIL_LINES = 15;

export function runLogged(command: string, args: readonly string[], log: LogLine, prefix: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    const onData = (() => {
      let pending = '';
      return (chunk: Buffer) => {
        pending += chunk.toString('utf8');
        const lines = pending.split(/\r?\n/);
        pending = lines.pop() ?? '';
        for (const line of lines) {
          if (!line.trim()) continue;
          tail.push(line);
          if (tail.length > TAIL_LINES) tail.shift();
          log(`${prefix}${line}`);
        }
      };
    })();
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', (error) => reject(new Error(`${command} could not start: ${error.message}`)));
    child.once('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${tail.join('\n')}`));
    });
  });
}
