import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, signIn, startE2e, type E2e } from './support/e2e.js';
import { reportExplosion } from './support/patrol-report.js';

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e({ scenario: ['coalition', 'monitoring'] });
}, 300_000);

afterAll(async () => {
  expect(e2e?.outsideRequests ?? []).toEqual([]);
  await e2e?.close();
});

const fixture = (name: string) => `src/modules/monitoring/fixtures/${name}`;
const counts = async (page: Page) => {
  const p = page.getByTestId('map-counts');
  return {
    observations: Number(await p.getAttribute('data-observations')),
    incidents: Number(await p.getAttribute('data-incidents')),
  };
};
const shownObservations = async (page: Page) => (await counts(page)).observations;

describe('ceasefire monitoring in the browser', () => {
  it('shows the demo month on the map; the slider, play-back, filters and density change it; a new observation arrives live', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'gbr.verifier');
    await page.goto('/monitoring?days=30');
    await page.locator('[data-testid=map-counts][data-loaded=true]').waitFor({ timeout: 30_000 });
    await page.locator('[data-basemap=loaded]').waitFor({ timeout: 30_000 });
    const all = await counts(page);
    expect(all.observations).toBeGreaterThan(100);
    expect(all.incidents).toBeGreaterThan(0);
    // Zones and observation groups are in the legend; observations are clustered.
    await expect
      .poll(() => page.getByRole('checkbox', { name: /Line of contact/ }).count())
      .toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('checkbox', { name: 'Fire and explosions' }).count()).toBe(1);
    await screenshot(page, 'monitoring-map-month');

    // The slider shows one day: fewer observations, and the window is named.
    const slider = page.getByLabel('Moment shown');
    await slider.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('slider-window').innerText()).toMatch(/^From .* to /);
    const day = await shownObservations(page);
    expect(day).toBeLessThan(all.observations);
    // Play-back advances the window by itself.
    const before = await page.getByTestId('slider-window').innerText();
    await page.getByRole('button', { name: 'Play' }).click();
    await expect
      .poll(() => page.getByTestId('slider-window').innerText(), { timeout: 10_000 })
      .not.toBe(before);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Whole period' }).click();
    await expect.poll(() => shownObservations(page)).toBe(all.observations);

    // A filter kept in the address narrows the map without reloading the observations.
    await page.getByLabel('Category').selectOption('shelling');
    await expect.poll(() => shownObservations(page)).toBeLessThan(all.observations);
    expect(new URL(page.url()).searchParams.get('category')).toBe('shelling');
    expect(new URL(page.url()).searchParams.get('days')).toBe('30');
    await page.getByLabel('Category').selectOption('');
    await expect.poll(() => shownObservations(page)).toBe(all.observations);

    // The H3 density view adds hexagons with their range in the legend.
    await page.getByLabel('Density (H3 hexagons)').selectOption('5');
    await expect
      .poll(() => page.getByRole('checkbox', { name: /^Density \(H3 hexagons\) \(0 – \d+\)/ }).count())
      .toBe(1);
    await page.waitForTimeout(500);
    await screenshot(page, 'monitoring-map-density');

    // An observation posted through the API appears without a reload.
    const monitor = await e2e.app.signIn('UKR', 'monitor');
    const posted = await e2e.app.app.inject({
      method: 'POST',
      url: '/api/v1/observations',
      headers: monitor.headers,
      payload: {
        id: crypto.randomUUID(),
        observedAt: new Date(Date.now() - 600_000).toISOString(),
        location: { type: 'Point', coordinates: [37.8, 48.3] },
        source: { kind: 'patrol', id: 'E2E-PATROL', reliability: 'B', credibility: 2 },
        category: 'explosion',
        notes: 'EXERCISE live observation',
        releasability: 'coalition',
      },
    });
    expect(posted.statusCode).toBe(201);
    await expect.poll(() => shownObservations(page), { timeout: 15_000 }).toBe(all.observations + 1);
    await expect(page.getByTestId('map-counts').innerText()).resolves.toMatch(/Live: 1 new/);
    expect(e2e.pageErrors).toEqual([]);
  });

  it('lets a verifier take an incident from reported to referred, each step with a rationale; a viewer sees no action', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'gbr.verifier');
    const list = await page.request.get('/api/v1/incidents?status=reported&limit=500');
    const incidents = ((await list.json()) as { items: { id: string; sourceCount: number }[] }).items;
    const incident = incidents.find((i) => i.sourceCount >= 2);
    expect(incident, 'a reported incident with two sources in the demo month').toBeDefined();
    await page.goto(`/monitoring/incidents/${incident!.id}`);
    for (const status of ['Triaged', 'Corroborated', 'Verified', 'Referred']) {
      const button = page.getByRole('button', { name: `Move to “${status}”` });
      const form = page.locator('form', { has: button });
      await form.getByLabel(/^Rationale/).fill(`EXERCISE: ${status.toLowerCase()} after review`);
      await button.click();
      await expect.poll(() => page.locator('h1 + p').innerText(), { timeout: 10_000 }).toMatch(status);
    }
    await expect(page.getByText('EXERCISE: referred after review').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'monitoring-incident-referred');

    const viewer = await e2e.newPage();
    await signIn(viewer, 'ita.viewer');
    await viewer.goto(`/monitoring/incidents/${incident!.id}`);
    await viewer.getByTestId('no-actions').waitFor();
    expect(await viewer.getByRole('button', { name: /^Move to/ }).count()).toBe(0);
  });

  it('browses daily reports in three languages with the PDF and the charts against the previous period', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'ita.viewer');
    const date = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await page.goto(`/monitoring/reports?date=${date}&lang=en`);
    // The report lives in a shadow root; Playwright's CSS locators pierce open ones.
    const report = page.getByTestId('daily-report').locator('div[lang]');
    await expect.poll(() => report.innerText(), { timeout: 20_000 }).toMatch(/EXERCISE/);
    await expect(report.innerText()).resolves.toMatch(/Violations/i);
    // The charts read the series: a figure with its hidden table, one dashed previous period.
    await expect.poll(() => page.locator('figure table').count(), { timeout: 20_000 }).toBeGreaterThan(1);
    await expect(page.getByText(/Previous period \(/).count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'monitoring-reports-en');

    await page.getByLabel('Language of the report').selectOption('uk');
    await expect.poll(() => report.innerText(), { timeout: 20_000 }).toMatch(/[А-Яа-яІіЇїЄє]{4,}/);
    await page.getByLabel('Language of the report').selectOption('fr');
    await expect.poll(() => report.innerText(), { timeout: 20_000 }).toMatch(/EXERCICE|Violations/);
    const href = await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href');
    expect(href).toBe(`/api/v1/reports/daily/${date}?format=pdf&lang=fr`);
    const pdf = await page.request.get(href!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    await page.getByRole('button', { name: 'Previous day' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('date')).not.toBe(date);
    await screenshot(page, 'monitoring-reports-fr');
  });

  it('imports an ACLED file with a progress bar and reports accepted and refused lines', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'est.monitor');
    await page.goto('/monitoring/imports');
    await page.getByLabel('File', { exact: true }).setInputFiles({
      name: 'acled-exercise-bad-latitude.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(fixture('acled-exercise-bad-latitude.csv')),
    });
    await page.getByRole('button', { name: 'Import' }).click();
    const refused = page.getByRole('table', { name: 'Refused lines' });
    await refused.waitFor({ timeout: 15_000 });
    await expect(refused.innerText()).resolves.toMatch(/4\s+latitude/);

    await page.getByLabel('File', { exact: true }).setInputFiles({
      name: 'acled-exercise.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(fixture('acled-exercise.csv')),
    });
    await page.getByRole('button', { name: 'Import' }).click();
    await expect
      .poll(() => page.getByTestId('import-report').innerText(), { timeout: 15_000 })
      .toMatch(/5 records read: 4 stored, 0 already known, 1 skipped/);
    await expect
      .poll(() => page.getByRole('table', { name: /Recent imports/ }).innerText())
      .toMatch(/acled-exercise\.csv/);
    await screenshot(page, 'monitoring-imports');
  });

  it('manages alert rules and saved searches, and shows an alert as it fires', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'est.monitor');
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto('/monitoring/alerts');
    const form = page.getByTestId('alert-rule-form');
    await form.getByLabel(/^Name/).fill('EXERCISE any explosion');
    await form.getByLabel('Category').selectOption('explosion');
    await form.getByLabel('Number of observations').fill('1');
    await form.getByRole('button', { name: 'Create rule' }).click();
    const rules = page.getByTestId('alert-rules');
    await expect
      .poll(() => rules.innerText())
      .toMatch(/EXERCISE any explosion — 1 × explosion within 60 min/);

    await rules.getByRole('button', { name: 'Edit' }).click();
    await rules.getByLabel('Window (minutes)').fill('120');
    await rules.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => rules.innerText()).toMatch(/within 120 min/);

    // An observation of the rule's category fires it: the notification is announced.
    const monitor = await e2e.app.signIn('EST', 'monitor');
    await reportExplosion(e2e.app, monitor, {
      at: [37.7, 48.2],
      patrol: 'E2E-ALERT',
      notes: 'EXERCISE alert trigger',
      releasability: 'owner',
    });
    const notices = page.getByTestId('alert-notifications');
    await expect.poll(() => notices.innerText(), { timeout: 15_000 }).toMatch(/explosion observations/);
    expect(await notices.getAttribute('aria-live')).toBe('polite');
    // Seen here, on the alerts page itself: the header counts it read.
    expect(await page.getByTestId('alerts-indicator').getAttribute('aria-label')).toBe('Alerts, none unread');
    // The list of fired alerts follows without a reload.
    await expect.poll(() => page.getByTestId('alerts-fired').innerText()).toMatch(/explosion observations/);

    const search = page.getByTestId('saved-search-form');
    await search.getByLabel(/^Name/).fill('EXERCISE referred incidents');
    await search.getByLabel('Status').selectOption('referred');
    await search.getByRole('button', { name: 'Save search' }).click();
    const saved = page.getByTestId('saved-searches');
    await expect.poll(() => saved.innerText()).toMatch(/EXERCISE referred incidents/);
    expect(await saved.getByRole('link').getAttribute('href')).toBe('/monitoring/incidents?status=referred');
    await screenshot(page, 'monitoring-alerts');

    // The desk opens the saved search: its filter lands in the address and the list.
    await page.goto('/monitoring/incidents');
    await page.getByLabel('Saved searches').selectOption({ label: 'EXERCISE referred incidents' });
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('referred');
    await expect(page.getByLabel('Status').inputValue()).resolves.toBe('referred');
    await page.goto('/monitoring/alerts');

    await rules.getByRole('button', { name: 'Delete' }).click();
    await page.getByText('Your party has no alert rule yet.').waitFor();
    await saved.getByRole('button', { name: 'Delete' }).click();
    await page.getByText('Your party has no saved search yet.').waitFor();
  });

  it('sets the field report location by tapping the map', async () => {
    const page = await e2e.newPage({ width: 412, height: 900 });
    await signIn(page, 'est.monitor');
    await page.goto('/monitoring/report');
    const map = page.getByTestId('map');
    await page.locator('[data-basemap=loaded]').waitFor({ timeout: 30_000 });
    await map.click({ position: { x: 150, y: 120 } });
    await expect.poll(() => page.getByLabel(/^Longitude/).inputValue()).toMatch(/^3\d\.\d+$/);
    await expect(page.getByLabel(/^Latitude/).inputValue()).resolves.toMatch(/^4\d\.\d+$/);
    await screenshot(page, 'monitoring-report-tap');

    // Usable on a 360 px phone: the map, the reports and the alerts fit without sideways scrolling.
    await page.setViewportSize({ width: 360, height: 780 });
    for (const [path, name] of [
      ['/monitoring?days=7', 'monitoring-map-360'],
      ['/monitoring/reports', 'monitoring-reports-360'],
      ['/monitoring/alerts', 'monitoring-alerts-360'],
    ] as const) {
      await page.goto(path);
      // The daily report brings its own h1 (inside its shadow root): wait for the page's.
      await page.locator('h1').first().waitFor();
      if (path.startsWith('/monitoring?'))
        await page.locator('[data-basemap=loaded]').waitFor({ timeout: 30_000 });
      await page.waitForTimeout(1500);
      // Names the widest element when something sticks out, so a failure says what to fix.
      const widest = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .map((e) => ({ e, right: e.getBoundingClientRect().right }))
          .filter(({ right }) => right > 361)
          .map(({ e, right }) => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(right)}`)
          .slice(-3),
      );
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `${path}: ${widest.join(', ')}`,
      ).toBeLessThanOrEqual(360);
      await screenshot(page, name);
    }
    expect(e2e.pageErrors).toEqual([]);
  });
});
