import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, signIn, startE2e, type E2e } from './support/e2e.js';

let e2e: E2e;

beforeAll(async () => {
  // The journey makes its own notifications; the coalition part gives the demo accounts.
  e2e = await startE2e({ scenario: ['coalition'] });
});

afterAll(async () => {
  await e2e?.close();
});

/** Clicks the map at an offset (pixels) from its centre. */
async function clickMap(page: Page, dx: number, dy: number): Promise<void> {
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('no map on the page');
  await page.mouse.click(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
}

async function openNotifyForm(page: Page): Promise<void> {
  await page.goto('/deconfliction/notify');
  await page.locator('[data-testid=map][data-basemap=loaded]').waitFor({ timeout: 60_000 });
}

describe('deconfliction in the browser', () => {
  it('notifies areas drawn on the map, answers the conflict at once, and lets the other party acknowledge it', async () => {
    // FRA draws a circle — centre, then a point on its edge — releasable to the coalition.
    const fra = await e2e.newPage();
    await signIn(fra, 'fra.planner');
    await openNotifyForm(fra);
    await fra.getByLabel('Title').fill('FRA survey flight');
    await clickMap(fra, 0, 0);
    await expect.poll(() => fra.locator('#draw-hint').innerText()).toMatch(/set the radius/);
    await clickMap(fra, 30, 0);
    const radius = Number(await fra.getByLabel('Radius (m)').inputValue());
    expect(radius).toBeGreaterThan(1_000);
    expect((await fra.getByLabel(/^Positions/).inputValue()).split('\n')).toHaveLength(1);
    await screenshot(fra, 'deconfliction-notify-circle');
    await fra.getByRole('button', { name: 'Notify', exact: true }).click();
    await expect.poll(() => fra.getByRole('status').innerText()).toContain('Conflicts found: 0');

    // GBR draws a triangle over it, national only; undo takes back a misplaced corner.
    const gbr = await e2e.newPage();
    await signIn(gbr, 'gbr.planner');
    await openNotifyForm(gbr);
    await gbr.getByLabel('Title').fill('GBR national flight');
    await gbr.getByLabel('Shape').selectOption('polygon');
    await gbr.getByLabel('Releasable to').selectOption('owner');
    await clickMap(gbr, -20, -20);
    await clickMap(gbr, 25, -15);
    await clickMap(gbr, 200, 100);
    await gbr.getByRole('button', { name: 'Undo last click' }).click();
    await clickMap(gbr, 0, 25);
    const corners = (await gbr.getByLabel(/^Positions/).inputValue()).split('\n');
    expect(corners).toHaveLength(3);
    await expect.poll(() => gbr.locator('#draw-hint').innerText()).toContain('3 so far');
    await screenshot(gbr, 'deconfliction-notify-polygon');
    await gbr.getByRole('button', { name: 'Notify', exact: true }).click();
    const answer = gbr.getByRole('status');
    await expect.poll(() => answer.innerText()).toContain('Conflicts found: 1');
    expect(await answer.innerText()).toContain('FRA: FRA survey flight');
    await screenshot(gbr, 'deconfliction-notify-answer');

    // FRA learns of the conflict, not of GBR's national flight, and acknowledges it.
    await fra.goto('/deconfliction/conflicts');
    const row = fra.locator('tbody tr', { hasText: 'FRA survey flight' });
    await row.waitFor();
    expect(await row.innerText()).toContain('another party’s activity');
    expect(await fra.locator('main').innerText()).not.toContain('GBR national flight');
    await row.getByRole('button', { name: 'Acknowledge conflict' }).click();
    await expect.poll(() => row.innerText()).toMatch(/Acknowledged by|FRA/);
    await expect.poll(() => row.getByRole('button', { name: 'Acknowledge conflict' }).count()).toBe(0);
    await screenshot(fra, 'deconfliction-conflicts-fra');

    // The hotline thread of the conflict, from the row; GBR reads FRA's message with its sender.
    await row.getByRole('link', { name: 'Hotline thread' }).click();
    await fra.getByRole('textbox', { name: /^Message/ }).fill('Our flight can start two hours later.');
    await fra.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => fra.locator('.hotline').innerText()).toContain('two hours later');
    const conflictId = new URL(fra.url()).searchParams.get('conflict');
    expect(conflictId).toBeTruthy();
    await gbr.goto(`/deconfliction/hotline?conflict=${conflictId}`);
    await expect.poll(() => gbr.locator('.hotline').innerText()).toMatch(/FRA[\s\S]*two hours later/);
    await screenshot(gbr, 'deconfliction-hotline');

    // Receipts: FRA relays its flight; GBR acknowledges receipt — a receipt, not an approval.
    await fra.goto('/deconfliction/receipts');
    const fraRow = fra.locator('tbody tr', { hasText: 'FRA survey flight' });
    await fraRow.getByRole('button', { name: 'Relay to the addressees' }).click();
    await expect.poll(() => fraRow.innerText()).toContain('Relayed');
    await gbr.goto('/deconfliction/receipts');
    const gbrRow = gbr.locator('tbody tr', { hasText: 'FRA survey flight' });
    await gbrRow.getByRole('button', { name: 'Acknowledge receipt' }).click();
    await expect.poll(() => gbrRow.getByRole('button', { name: 'Acknowledge receipt' }).count()).toBe(0);
    const matrix = await gbr.locator('main').innerText();
    expect(matrix).toContain('it is not an approval');
    expect(matrix).not.toMatch(/\bapproved?\b/i);
    // GBR's national flight has no addressees and is not in FRA's matrix.
    await fra.reload();
    await fra.locator('tbody tr').first().waitFor();
    expect(await fra.locator('main').innerText()).not.toContain('GBR national flight');
    await screenshot(gbr, 'deconfliction-receipts');

    // The form at phone width: everything reachable, nothing wider than the screen.
    const phone = await e2e.newPage({ width: 360, height: 780 });
    await signIn(phone, 'gbr.planner');
    await openNotifyForm(phone);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(phone, 'deconfliction-notify-360');

    expect(e2e.outsideRequests).toEqual([]);
    expect(e2e.pageErrors).toEqual([]);
  });
});
