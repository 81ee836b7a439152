// The closing summary of CI: totals over the test tiers' JSON reports, then every failed test
// with its file and the first lines of its failure, so that the end of a long log says what
// broke. Exits 1 when a report is missing or a test failed.
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
for (const f of failures) {
  console.log(`\nFAILED ${f.where} › ${f.title}`);
  const lines = f.message.replaceAll(ANSI_COLOUR, '').split('\n').slice(0, 12);
  for (const line of lines) console.log(`  ${line}`);
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
