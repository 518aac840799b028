// Starts the real `stegvis serve` on 127.0.0.1 with a free port, a temporary database and
// the demo data, for browser tests; `extraArgs` are further options of `stegvis serve`. Every
// wait is bounded.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function startStegvis(binary, extraArgs = []) {
  const dir = mkdtempSync(join(tmpdir(), 'stegvis-browser-'));
  const proc = spawn(binary, ['serve', '--db', join(dir, 'browser.db'), '--listen', '127.0.0.1',
                              '--port', '0', '--seed-demo', '--log-level', 'warn', ...extraArgs],
                     { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('stegvis did not start within 30 s')), 30000);
    let out = '';
    proc.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/http:\/\/localhost:(\d+)\//);
      if (match) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[1]}`);
      }
    });
    proc.on('exit', (code) => reject(new Error(`stegvis exited with ${code}: ${out}`)));
  });
  return {
    url,
    async stop() {
      const exited = new Promise((resolve) => proc.on('exit', resolve));
      proc.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
