// The closing summary of CI: totals over the test tiers' JSON reports, then every failed test
// with its file and the first lines of its failure, so that the end of a long log says what
// broke. A tier whose vitest exited non-zero with no failed test (an unhandled error) is named
// with that error, from the status file `run-vitest.mjs` writes beside its report. Exits 1 when
// a report is missing, a test failed or a tier failed.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

// The escape sequences of terminal colours, which vitest leaves in failure messages.
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const reports = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
for (const file of reports) {
  if (!existsSync(file)) {
    console.log(`missing ${file}`);
    failed++;
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  for (const suite of r.testResults ?? []) {
    const where = relative(process.cwd(), suite.name);
    const bad = (suite.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const t of bad) failures.push({ where, title: t.fullName, message: t.failureMessages?.[0] ?? '' });
    if (bad.length === 0 && suite.status === 'failed')
      failures.push({ where, title: '(the file itself)', message: suite.message ?? '' });
  }
}
const tiers = [];
for (const file of reports) {
  const statusFile = file.replace(/\.json$/, '.status.json');
  if (!existsSync(statusFile)) continue;
  const { status, unhandled } = JSON.parse(readFileSync(statusFile, 'utf8'));
  if (status !== 0) tiers.push({ where: relative(process.cwd(), file), status, unhandled });
}
for (const f of failures) {
  console.log(`\nFAILED ${f.where} › ${f.title}`);
  const lines = f.message.replaceAll(ANSI_COLOUR, '').split('\n').slice(0, 12);
  for (const line of lines) console.log(`  ${line}`);
}
for (const t of tiers) {
  console.log(`\nFAILED tier ${t.where}: vitest exited ${t.status}`);
  for (const line of t.unhandled) console.log(`  ${line}`);
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
if (tiers.length > 0) console.log(`${tiers.length} tier(s) exited non-zero`);
process.exit(failed > 0 || tiers.length > 0 ? 1 : 0);
