import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR, signIn, startE2e, type E2e } from './support/e2e.js';
import { reportExplosion } from './support/patrol-report.js';

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e({ scenario: ['coalition', 'monitoring'] });
}, 300_000);

afterAll(async () => {
  expect(e2e?.outsideRequests ?? []).toEqual([]);
  await e2e?.close();
});

/** The URLs of the alert streams the page has opened, through the network. */
function streamUrls(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/v1/alerts/stream')) urls.push(request.url());
  });
  return urls;
}

/** What the inbox remembers in the page's localStorage, by key. */
const remembered = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(window.localStorage)
        .filter((k) => k.startsWith('guarantor.alerts.'))
        .map((k) => [k, JSON.parse(window.localStorage.getItem(k)!) as unknown]),
    ),
  );

describe('alerts survive a reload and the time the application was closed', () => {
  it('keeps the unread count over a reload, counts alerts fired while closed, and forgets at sign-out', async () => {
    const gbr = await e2e.newPage();
    const urls = streamUrls(gbr);
    await signIn(gbr, 'gbr.coordinator');
    await gbr.goto('/coalition');
    await gbr.locator('h1').first().waitFor();
    const indicator = gbr.getByTestId('alerts-indicator');
    const toasts = gbr.getByTestId('alert-notifications');
    await expect(indicator.getAttribute('aria-label')).resolves.toBe('Alerts, none unread');

    const monitor = await e2e.app.signIn('GBR', 'monitor');
    const rule = await e2e.app.app.inject({
      method: 'POST',
      url: '/api/v1/alerts/rules',
      headers: monitor.headers,
      payload: { name: 'EXERCISE any incident', params: { kind: 'incident-severity', minSeverity: 1 } },
    });
    expect(rule.statusCode).toBe(201);
    const fired = async () =>
      (await e2e.app.app.inject({ method: 'GET', url: '/api/v1/alerts', headers: monitor.headers })).json<{
        items: { summary: string }[];
      }>().items;

    await reportExplosion(e2e.app, monitor, {
      at: [36.4, 47.6],
      patrol: 'E2E-RESUME-1',
      notes: 'EXERCISE first alert',
      releasability: 'coalition',
    });
    await expect.poll(() => toasts.locator('li').count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => indicator.getAttribute('aria-label')).toBe('Alerts, unread: 1');
    const [first] = await fired();

    // A reload: the count is still there, and the stream resumes after the alert received.
    const before = urls.length;
    expect(urls.every((url) => new URL(url).searchParams.get('lastEventId') === null)).toBe(true);
    await gbr.reload();
    await gbr.locator('h1').first().waitFor();
    await expect.poll(() => indicator.getAttribute('aria-label')).toBe('Alerts, unread: 1');
    await expect.poll(() => urls.length).toBe(before + 1);
    const resumedFrom = new URL(urls[before]!).searchParams.get('lastEventId');
    expect(resumedFrom).toMatch(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z\|[0-9a-f-]{36}$/);
    expect(Object.values(await remembered(gbr))).toEqual([
      { lastEventId: resumedFrom, unread: 1, readAt: null },
    ]);
    // The alert already received is not shown again as new.
    await gbr.waitForTimeout(500);
    expect(await toasts.locator('li').count()).toBe(0);

    // The application is closed; an alert fires meanwhile; it is opened again.
    await gbr.goto('about:blank');
    await reportExplosion(e2e.app, monitor, {
      at: [37.9, 48.3],
      patrol: 'E2E-RESUME-2',
      notes: 'EXERCISE second alert, while closed',
      releasability: 'coalition',
    });
    await expect.poll(async () => (await fired()).length, { timeout: 15_000 }).toBe(2);
    const [second] = await fired();
    await gbr.goto('/coalition');
    await gbr.locator('h1').first().waitFor();
    await expect
      .poll(() => indicator.getAttribute('aria-label'), { timeout: 15_000 })
      .toBe('Alerts, unread: 2');
    await expect.poll(() => toasts.locator('li').count()).toBe(1);
    expect(await toasts.innerText()).toContain(second!.summary);
    expect(await toasts.innerText()).not.toContain(first!.summary);
    await gbr.screenshot({ path: `${SCREENSHOT_DIR}/alerts-resumed-desktop.png` });
    await gbr.setViewportSize({ width: 360, height: 780 });
    await gbr.waitForTimeout(300);
    expect(await gbr.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
    await gbr.screenshot({ path: `${SCREENSHOT_DIR}/alerts-resumed-360.png` });
    await gbr.setViewportSize({ width: 1280, height: 860 });

    // Opening the alerts page reads them, and that too survives a reload.
    await indicator.click();
    await expect.poll(() => indicator.getAttribute('aria-label')).toBe('Alerts, none unread');
    await gbr.goto('/coalition');
    await gbr.locator('h1').first().waitFor();
    await gbr.waitForTimeout(500);
    expect(await indicator.getAttribute('aria-label')).toBe('Alerts, none unread');
    const [entry] = Object.values(await remembered(gbr)) as { unread: number; readAt: string | null }[];
    expect(entry).toMatchObject({ unread: 0 });
    expect(entry!.readAt).not.toBeNull();

    // Sign-out forgets what the inbox remembered for the user.
    await gbr.getByTestId('sign-out').click();
    await gbr.getByLabel('User name').waitFor();
    expect(await remembered(gbr)).toEqual({});
    expect(e2e.pageErrors).toEqual([]);
  });

  it('starts the stream afresh when the remembered position is refused', async () => {
    const page = await e2e.newPage();
    const urls = streamUrls(page);
    await signIn(page, 'gbr.coordinator');
    const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { id: string };
    await page.evaluate(
      (key) =>
        window.localStorage.setItem(key, JSON.stringify({ lastEventId: 'damaged', unread: 4, readAt: null })),
      `guarantor.alerts.${me.id}`,
    );
    await page.reload();
    await page.getByTestId('who').waitFor();
    // The count remembered is kept; the refused position is dropped and the stream reopens.
    await expect
      .poll(() => page.getByTestId('alerts-indicator').getAttribute('aria-label'))
      .toBe('Alerts, unread: 4');
    await expect
      .poll(() => urls.slice(1).map((url) => new URL(url).searchParams.get('lastEventId')), {
        timeout: 15_000,
      })
      .toEqual(expect.arrayContaining(['damaged', null]));
    await expect
      .poll(() =>
        page.evaluate(
          (key) => JSON.parse(window.localStorage.getItem(key)!) as unknown,
          `guarantor.alerts.${me.id}`,
        ),
      )
      .toMatchObject({ lastEventId: null, unread: 4 });
    expect(e2e.pageErrors).toEqual([]);
  });
});
