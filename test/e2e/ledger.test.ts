import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, signIn, startE2e, type E2e } from './support/e2e.js';

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e({ scenario: ['coalition', 'agreements'] });
  // A signed checkpoint over the scenario's leaves (a deployment signs them on a timer).
  await e2e.app.ctx.services.ledgerCheckpoints.issue();
});

afterAll(async () => {
  await e2e?.close();
});

/** Appends a leaf as any module would, so that the log grows between two visits. */
async function appendLeaf(recordId: string): Promise<void> {
  const { ctx } = e2e.app;
  await ctx.db
    .transaction()
    .execute((trx) =>
      ctx.services.ledger.record(trx, [
        { kind: 'e2e.note', recordId, content: { recordId, exercise: true } },
      ]),
    );
}

describe('the verifiable ledger in the browser', () => {
  it('proves in the browser that the log only grew, that a record is in it, and raises the alarm on a rewrite', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'ita.viewer');
    await page.goto('/ledger');

    // First visit: the newest checkpoint is remembered by this browser.
    await page.locator('[data-verdict="first"]').waitFor();
    const note = await (await page.request.get('/api/v1/ledger/checkpoint')).text();
    const size = Number(note.split('\n')[1]);
    expect(size).toBeGreaterThan(0);
    expect(await page.getByTestId('tree-size').innerText()).toBe(size.toLocaleString('en-GB'));

    // A record is proven: its leaf recomputed and its inclusion verified here.
    await appendLeaf('e2e-1');
    const form = page.getByRole('form', { name: 'Check a record' });
    await form.getByLabel('Kind').fill('e2e.note');
    await form.getByLabel('Record id').fill('e2e-1');
    await form.getByRole('button', { name: 'Check' }).click();
    await page.locator('[data-verdict="included"]').waitFor();
    expect(await page.locator('[data-verdict="included"]').innerText()).toContain(`entry ${size}`);
    await screenshot(page, 'ledger-record');

    // A record whose module offers its current content: hashed in the browser and compared
    // with its newest entry; changed behind the application, the page raises the alarm.
    const clause = await e2e.app.ctx.db
      .selectFrom('agreement_clauses')
      .select(['id', 'title'])
      .where('releasability', '=', 'public')
      .limit(1)
      .executeTakeFirstOrThrow();
    await form.getByLabel('Kind').fill('agreement.clause');
    await form.getByLabel('Record id').fill(clause.id);
    await form.getByRole('button', { name: 'Check' }).click();
    await page.locator('[data-verdict="content-unchanged"]').waitFor();
    await e2e.app.ctx.db
      .updateTable('agreement_clauses')
      .set({ title: `${clause.title} (rewritten)` })
      .where('id', '=', clause.id)
      .execute();
    await form.getByRole('button', { name: 'Check' }).click();
    const changed = page.locator('[data-verdict="content-changed"]');
    await changed.waitFor();
    expect(await changed.getAttribute('role')).toBe('alert');
    expect(await changed.innerText()).toContain('changed outside Guarantor');
    await screenshot(page, 'ledger-record-changed');
    await e2e.app.ctx.db
      .updateTable('agreement_clauses')
      .set({ title: clause.title })
      .where('id', '=', clause.id)
      .execute();

    // Next visit, from another page's "verify in the ledger" link: the record is checked at
    // once, and the log grew, with the consistency proof checked in the browser.
    await page.goto('/ledger?kind=e2e.note&record=e2e-1');
    await page.locator('[data-verdict="included"]').waitFor();
    await page.locator('[data-verdict="grew"]').waitFor();
    expect(await page.locator('[data-verdict="grew"]').innerText()).toMatch(
      /grew from [\d,]+ to [\d,]+ entries/,
    );
    await screenshot(page, 'ledger-grew');

    // A remembered checkpoint the log does not extend (same size, other root): the alarm.
    await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('guarantor.ledger.seen:'))!;
      const seen = JSON.parse(localStorage.getItem(key)!) as { rootHash: string };
      seen.rootHash = seen.rootHash.startsWith('A')
        ? `B${seen.rootHash.slice(1)}`
        : `A${seen.rootHash.slice(1)}`;
      localStorage.setItem(key, JSON.stringify(seen));
    });
    await page.reload();
    const alarm = page.locator('[data-verdict="rewritten"]');
    await alarm.waitFor();
    expect(await alarm.getAttribute('role')).toBe('alert');
    expect(await alarm.innerText(), await alarm.innerText()).toContain('now has a different root');
    await screenshot(page, 'ledger-alarm');
    await alarm.getByRole('button', { name: 'Forget the remembered checkpoint' }).click();
    await page.locator('[data-verdict="first"]').waitFor();

    // At phone width nothing sticks out (hashes wrap).
    await page.setViewportSize({ width: 360, height: 780 });
    await page.reload();
    await page.locator('[data-verdict="unchanged"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, 'ledger-phone');

    expect(e2e.outsideRequests).toEqual([]);
    expect(e2e.pageErrors).toEqual([]);
  });
});
