import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Builds the web application with Vite when `webRoot` has no index.html yet. */
export async function ensureWebBuilt(webRoot: string): Promise<void> {
  if (existsSync(join(webRoot, 'index.html'))) return;
  if (!existsSync('vite.config.ts')) return;
  process.stdout.write('building the web application (first run)…\n');
  await new Promise<void>((resolve, reject) => {
    const child = spawn('npx', ['vite', 'build'], { stdio: 'inherit' });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}`)),
    );
    child.on('error', reject);
  });
}
