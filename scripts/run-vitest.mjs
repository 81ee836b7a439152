// Runs vitest with a config and ends with one plain summary line, "tests: N passed, N failed,
// N skipped", which CI and people read. Exit code is vitest's.
//
// Vitest can exit 1 with every test passed: an error nobody handled (an 'error' event, a
// rejected promise) during the run fails it without failing a test, so the JSON report does
// not show it. The output is therefore also kept, and `test-output/<label>.status.json`
// records the exit status and the "Unhandled Errors" section, for the closing summary of CI.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';

const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
// What of an unhandled error is kept: enough lines to name it and where it came from.
const UNHANDLED_LINES = 45;
const LINE_CHARS = 240;

/** Runs vitest, prints the summary line and records the status; resolves to the exit status. */
export async function runVitest(label, config, extraArgs = []) {
  mkdirSync('test-output', { recursive: true });
  const report = `test-output/${label}.json`;
  const child = spawn(
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
    { stdio: ['inherit', 'pipe', 'pipe'], env: process.env },
  );
  const output = [];
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    output.push(chunk);
  });
  child.stderr.on('data', (chunk) => {
    process.stderr.write(chunk);
    output.push(chunk);
  });
  const status = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  const text = Buffer.concat(output).toString('utf8').replaceAll(ANSI_COLOUR, '');
  writeFileSync(`test-output/${label}.log`, text);
  const unhandled = unhandledErrors(text);
  writeFileSync(`test-output/${label}.status.json`, JSON.stringify({ status, unhandled }, null, 2));
  let failed = 0;
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    failed = r.numFailedTests;
    console.log(`${label}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
  }
  if (status !== 0 && failed === 0)
    console.log(
      `${label}: vitest exited ${status} with no failed test` +
        (unhandled.length > 0 ? ': unhandled errors (above, and in the CI summary)' : ''),
    );
  return status;
}

/** The lines of vitest's "Unhandled Errors" section, shortened, or none. */
export function unhandledErrors(text) {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => /Unhandled (Errors?|Rejection)/.test(line));
  if (start < 0) return [];
  return lines
    .slice(start, start + UNHANDLED_LINES)
    .map((line) => (line.length > LINE_CHARS ? `${line.slice(0, LINE_CHARS)}…` : line));
}
