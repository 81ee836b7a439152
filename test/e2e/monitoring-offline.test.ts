import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, signIn, startE2e, type E2e } from './support/e2e.js';

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e({ scenario: ['coalition'] });
}, 240_000);

afterAll(async () => {
  await e2e?.close();
});

async function writeObservation(page: Page, lon: string, lat: string, notes: string): Promise<void> {
  await page.getByLabel(/^Longitude/).fill(lon);
  await page.getByLabel(/^Latitude/).fill(lat);
  await page.getByLabel(/^Notes/).fill(notes);
  await page.getByRole('button', { name: 'Save to outbox' }).click();
  await expect.poll(() => page.locator('[data-testid=outbox] li').count()).toBeGreaterThan(0);
}

describe('offline field reporting', () => {
  it('keeps three observations written offline and sends them once when the network returns', async () => {
    const page = await e2e.newPage({ width: 412, height: 900 });
    const context = page.context();
    await signIn(page, 'est.monitor');
    await page.goto('/monitoring/report');
    await page.getByTestId('field-report').waitFor();
    // The service worker is in control and keeps the shell (production build).
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 15_000,
    });
    await page.waitForTimeout(500);

    await context.setOffline(true);
    await writeObservation(page, '37.61', '47.91', 'EXERCISE patrol report 1');
    await writeObservation(page, '37.62', '47.92', 'EXERCISE patrol report 2');
    // A latitude the form lets through and the server refuses, naming the field.
    await writeObservation(page, '37.63', '123', 'EXERCISE patrol report 3');
    const items = page.locator('[data-testid=outbox] li');
    await expect.poll(() => items.count()).toBe(3);
    await expect
      .poll(() => items.evaluateAll((li) => li.map((l) => l.getAttribute('data-state'))))
      .toEqual(['queued', 'queued', 'queued']);
    const ids = await items.evaluateAll((li) => li.map((l) => l.getAttribute('data-id')!));
    const [invalidId, ...validIds] = ids; // newest first
    await screenshot(page, 'monitoring-outbox-offline');

    // Reloaded with no network, the service worker opens the form and the outbox is still there.
    await page.reload();
    await page.getByTestId('field-report').waitFor({ timeout: 15_000 });
    await expect.poll(() => items.count()).toBe(3);

    // The tab closes while offline; the outbox lives in IndexedDB. Back online, a new tab sends.
    await page.close();
    await context.setOffline(false);
    const again = await context.newPage();
    await again.goto('/monitoring/report');
    const rows = again.locator('[data-testid=outbox] li');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(3);
    await expect
      .poll(
        () =>
          rows.evaluateAll((li) =>
            Object.fromEntries(
              li.map((l): [string, string] => [
                l.getAttribute('data-id') ?? '',
                l.getAttribute('data-state') ?? '',
              ]),
            ),
          ),
        { timeout: 20_000 },
      )
      .toEqual({ [invalidId!]: 'failed', [validIds[0]!]: 'acknowledged', [validIds[1]!]: 'acknowledged' });
    expect(await again.locator(`li[data-id="${invalidId}"]`).innerText()).toMatch(
      /latitude 123 is out of range/,
    );
    await screenshot(again, 'monitoring-outbox-sent');

    // Exactly once on the server, with the monitor's own session.
    const response = await again.request.get('/api/v1/observations?limit=500');
    expect(response.status()).toBe(200);
    const stored = ((await response.json()) as { items: { id: string }[] }).items.map((o) => o.id);
    for (const id of validIds) expect(stored.filter((s) => s === id)).toHaveLength(1);
    expect(stored).not.toContain(invalidId);

    // Sending again (start of a new page) changes nothing: acknowledged items are not re-sent.
    await again.reload();
    await expect.poll(() => again.locator('[data-testid=outbox] li').count()).toBe(3);
    const after = await (await again.request.get('/api/v1/observations?limit=500')).json();
    expect((after as { items: unknown[] }).items).toHaveLength(stored.length);
    expect(e2e.outsideRequests).toEqual([]);
  }, 90_000);
});
