// Runs vitest with a config and ends with one plain summary line, "tests: N passed, N failed,
// N skipped", which CI and people read. Exit code is vitest's.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

/** Runs vitest and prints the summary line; returns the exit status. */
export function runVitest(label, config, extraArgs = []) {
  mkdirSync('test-output', { recursive: true });
  const report = `test-output/${label}.json`;
  const result = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      '--config',
      config,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
      ...extraArgs,
    ],
    { stdio: 'inherit', env: process.env },
  );
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    console.log(`${label}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
  }
  return result.status ?? 1;
}
