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

declare global {
  interface Window {
    /** Every EventSource the page opened (recorded by `recordEventSources`). */
    eventSources?: EventSource[];
  }
}

/** Records every EventSource the page opens, so a test can count and inspect them. */
async function recordEventSources(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const Original = window.EventSource;
    window.eventSources = [];
    window.EventSource = class extends Original {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        window.eventSources!.push(this);
      }
    };
  });
}

// EventSource.readyState values (HTML § 9.2.2).
const OPEN = 1;
const CLOSED = 2;

/** The ready state of each alert stream the page opened (0 connecting, 1 open, 2 closed). */
const alertStreams = (page: Page) =>
  page.evaluate(() =>
    (window.eventSources ?? [])
      .filter((s) => s.url.includes('/api/v1/alerts/stream'))
      .map((s) => s.readyState),
  );

/**
 * Whether the page scrolls sideways on a 360 px phone, and which parts of the header and the
 * toasts stick out (tables scroll inside their own region, so only these are looked at).
 */
const overflow = (page: Page) =>
  page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    widest: [...document.querySelectorAll('.app-header, .app-header *, .alert-toasts, .alert-toasts *')]
      .map((e) => ({ e, box: e.getBoundingClientRect() }))
      .filter(({ box }) => box.right > 361 || box.left < -1)
      .map(
        ({ e, box }) =>
          `${e.tagName.toLowerCase()}.${e.className} ${Math.round(box.left)}–${Math.round(box.right)}`,
      ),
  }));

describe('alerts on every page', () => {
  it('brings an alert of the party to a coordinator on a non-monitoring page, and not to another party', async () => {
    // Two duty officers of two parties, both reading the coalition pages.
    const gbr = await e2e.newPage();
    const fra = await e2e.newPage();
    await recordEventSources(gbr);
    await recordEventSources(fra);
    await signIn(gbr, 'gbr.coordinator');
    await signIn(fra, 'fra.coordinator');
    for (const page of [gbr, fra]) {
      await page.goto('/coalition');
      await page.locator('h1').first().waitFor();
      await expect.poll(() => alertStreams(page)).toEqual([OPEN]);
      const indicator = page.getByTestId('alerts-indicator');
      await expect(indicator.getAttribute('aria-label')).resolves.toBe('Alerts, none unread');
      expect(await indicator.getAttribute('href')).toBe('/monitoring/alerts');
    }

    // GBR has a rule for any incident; FRA has none.
    const gbrMonitor = await e2e.app.signIn('GBR', 'monitor');
    const rule = await e2e.app.app.inject({
      method: 'POST',
      url: '/api/v1/alerts/rules',
      headers: gbrMonitor.headers,
      payload: { name: 'EXERCISE any incident', params: { kind: 'incident-severity', minSeverity: 1 } },
    });
    expect(rule.statusCode).toBe(201);

    // A GBR patrol reports an explosion that every party may see: it makes an incident.
    const observationId = await reportExplosion(e2e.app, gbrMonitor, {
      at: [36.4, 47.6],
      patrol: 'E2E-APP-WIDE',
      notes: 'EXERCISE app-wide alert trigger',
      releasability: 'coalition',
    });

    // The toast reaches GBR on the coalition page, with the alert's summary and its incident.
    const toasts = gbr.getByTestId('alert-notifications');
    await expect.poll(() => toasts.locator('li').count(), { timeout: 15_000 }).toBe(1);
    const fired = await e2e.app.app.inject({
      method: 'GET',
      url: '/api/v1/alerts',
      headers: gbrMonitor.headers,
    });
    const alerts = fired.json<{ items: { subjectKind: string; subjectId: string; summary: string }[] }>()
      .items;
    expect(alerts).toHaveLength(1);
    const alert = alerts[0]!;
    const stored = await e2e.app.app.inject({
      method: 'GET',
      url: `/api/v1/observations/${observationId}`,
      headers: gbrMonitor.headers,
    });
    expect(alert).toMatchObject({
      subjectKind: 'incident',
      subjectId: stored.json<{ incidentId: string }>().incidentId,
    });
    expect(await toasts.innerText()).toContain(alert.summary);
    expect(await toasts.getAttribute('aria-live')).toBe('polite');
    expect(await toasts.getByRole('link', { name: 'Open the incident' }).getAttribute('href')).toBe(
      `/monitoring/incidents/${alert.subjectId}`,
    );
    expect(new URL(gbr.url()).pathname).toBe('/coalition');
    const indicator = gbr.getByTestId('alerts-indicator');
    await expect.poll(() => indicator.getAttribute('aria-label')).toBe('Alerts, unread: 1');
    expect(await indicator.innerText()).toMatch(/1/);

    // The header with its count, on a desktop and on a 360 px phone (nothing sticks out).
    await gbr.locator('.app-header').screenshot({ path: `${SCREENSHOT_DIR}/alerts-header-desktop.png` });
    await gbr.screenshot({ path: `${SCREENSHOT_DIR}/alerts-toast-desktop.png` });
    await gbr.setViewportSize({ width: 360, height: 780 });
    await gbr.waitForTimeout(300);
    expect(await overflow(gbr)).toEqual({ scrollWidth: 360, widest: [] });
    await gbr.locator('.app-header').screenshot({ path: `${SCREENSHOT_DIR}/alerts-header-360.png` });
    await gbr.screenshot({ path: `${SCREENSHOT_DIR}/alerts-toast-360.png` });
    // Ukrainian names are the longest: the header still fits, and the count is named in Ukrainian.
    await gbr.getByLabel('Language').selectOption('uk');
    await expect.poll(() => indicator.getAttribute('aria-label')).toBe('Сповіщення, непрочитані: 1');
    expect(await overflow(gbr)).toEqual({ scrollWidth: 360, widest: [] });
    await gbr.locator('.app-header').screenshot({ path: `${SCREENSHOT_DIR}/alerts-header-360-uk.png` });
    await gbr.getByLabel('Мова').selectOption('en');
    await gbr.setViewportSize({ width: 1280, height: 860 });

    // FRA may see the observation, but has no rule: its stream, open all along, brought nothing.
    const seen = await fra.request.get(`/api/v1/observations/${observationId}`);
    expect(seen.status()).toBe(200);
    expect(await alertStreams(fra)).toEqual([OPEN]);
    expect(await fra.getByTestId('alert-notifications').locator('li').count()).toBe(0);
    expect(await fra.getByTestId('alerts-indicator').getAttribute('aria-label')).toBe('Alerts, none unread');
    const fraAlerts = await fra.request.get('/api/v1/alerts');
    expect(((await fraAlerts.json()) as { items: unknown[] }).items).toEqual([]);

    // Opening the alerts page from the header marks the alert read; it is in the fired list.
    await indicator.click();
    await expect.poll(() => new URL(gbr.url()).pathname).toBe('/monitoring/alerts');
    await expect.poll(() => indicator.getAttribute('aria-label')).toBe('Alerts, none unread');
    expect(await indicator.getAttribute('aria-current')).toBe('page');
    await expect.poll(() => gbr.getByTestId('alerts-fired').innerText()).toContain(alert.summary);
    // The toast stays until dismissed; the count stays cleared on other pages.
    await toasts.getByRole('button', { name: `Dismiss the alert: ${alert.summary}` }).click();
    await expect.poll(() => toasts.locator('li').count()).toBe(0);
    // The desk and the overview open no stream of their own (the shell's serves every page).
    await gbr.getByRole('link', { name: 'Verification desk' }).click();
    await expect.poll(() => new URL(gbr.url()).pathname).toBe('/monitoring/incidents');
    await gbr.getByRole('link', { name: 'Guarantor' }).first().click();
    await expect.poll(() => new URL(gbr.url()).pathname).toBe('/');
    expect(await indicator.getAttribute('aria-label')).toBe('Alerts, none unread');

    // One stream served the whole session; sign-out closes it.
    expect(await alertStreams(gbr)).toEqual([OPEN]);
    await gbr.getByTestId('sign-out').click();
    await gbr.getByLabel('User name').waitFor();
    expect(await alertStreams(gbr)).toEqual([CLOSED]);
    expect(e2e.pageErrors).toEqual([]);
  });
});
