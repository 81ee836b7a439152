import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRasterPmtiles } from '../support/pmtiles-fixture.js';
import { screenshot, signIn, startE2e, type E2e } from './support/e2e.js';

let e2e: E2e;

beforeAll(async () => {
  // A small raster PMTiles archive as the configured detail basemap, served by Guarantor.
  const detail = join(mkdtempSync(join(tmpdir(), 'guarantor-e2e-basemap-')), 'detail.pmtiles');
  writeRasterPmtiles(detail, 6);
  e2e = await startE2e({ scenario: ['coalition'], env: { BASEMAP_PMTILES: detail } });
});

afterAll(async () => {
  await e2e?.close();
});

describe('the main journey of a coordinator', () => {
  it('signs in, reads the overview, opens every section, switches language, sees the map, signs out', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await expect.poll(() => page.getByTestId('exercise-banner').isVisible()).toBe(true);
    await screenshot(page, 'sign-in');

    await signIn(page, 'gbr.coordinator');
    await expect
      .poll(() => page.getByTestId('who').innerText())
      .toMatch(/GBR[\s\S]*United Kingdom[\s\S]*Coordinator/);

    // The overview shows the registry's real count, as the server counts it.
    const parties = await e2e.app.ctx.services.parties.count();
    const figure = page.locator('[data-key="coalition.parties"] .figure__value');
    await figure.waitFor();
    expect(await figure.innerText()).toBe(String(parties));
    expect(await page.getByTestId('exercise-banner').isVisible()).toBe(true);
    await screenshot(page, 'overview');

    // Every section of the navigation leads to a real page with its heading.
    const sections = await page
      .locator('#app-nav > ul > li > a')
      .evaluateAll((links) =>
        links.map((a) => ({ section: a.getAttribute('data-section'), href: a.getAttribute('href') })),
      );
    expect(sections.map((s) => s.section)).toEqual(
      expect.arrayContaining(['overview', 'coalition', 'admin']),
    );
    for (const { section, href } of sections) {
      await page.locator(`#app-nav a[data-section="${section}"]`).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe(href);
      await page.locator('main h1').waitFor();
      expect(await page.locator('main h1').innerText()).not.toMatch(/There is no page/);
      // Every block of the page has answered (a page may load several at once).
      await expect.poll(() => page.locator('main .state--loading').count(), { timeout: 15_000 }).toBe(0);
      expect(await page.locator('main [role=alert]').count()).toBe(0);
      await screenshot(page, `section-${section}`);
    }

    // Languages: Ukrainian, then French, remembered across a reload.
    await page.getByTestId('language').selectOption('uk');
    await expect.poll(() => page.locator('#app-nav').innerText()).toContain('Огляд');
    expect(await page.getByTestId('exercise-banner').innerText()).toContain('НАВЧАННЯ');
    await screenshot(page, 'ukrainian');
    await page.reload();
    await expect.poll(() => page.locator('#app-nav').innerText()).toContain('Коаліція');
    await page.getByTestId('language').selectOption('fr');
    await expect.poll(() => page.locator('#app-nav').innerText()).toContain('Vue d’ensemble');
    await page.getByTestId('language').selectOption('en');

    // The map draws on the offline basemap with nothing fetched from outside.
    await page.goto('/coalition/map');
    await page.locator('[data-testid=map][data-basemap=loaded]').waitFor({ timeout: 30_000 });
    // The configured detail basemap is read by byte ranges from Guarantor itself.
    await page.locator('[data-testid=map][data-basemap-detail=loaded]').waitFor({ timeout: 30_000 });
    expect(await page.locator('.map__attribution').innerText()).toContain('configured detail map');
    expect(await page.locator('.map-label', { hasText: 'Ukraine' }).count()).toBe(1);
    await page.locator('.legend').getByText('Host nation').waitFor();
    await page.mouse.move(640, 500);
    await page.mouse.move(700, 480);
    await expect
      .poll(() => page.getByTestId('map-cursor').innerText())
      .toMatch(/^Cursor \d+\.\d{4}, \d+\.\d{4}$/);
    await screenshot(page, 'coalition-map');
    expect(e2e.outsideRequests).toEqual([]);

    await page.getByTestId('sign-out').click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.goto('/coalition');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(e2e.pageErrors).toEqual([]);
  });
});

describe('roles and small screens', () => {
  it('does not offer administration to a viewer, and refuses its pages', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'ita.viewer');
    expect(await page.locator('#app-nav a[data-section="admin"]').count()).toBe(0);
    expect(await page.locator('#app-nav a[data-section="coalition"]').count()).toBe(1);
    for (const path of ['/admin/users', '/admin/tokens', '/admin/audit']) {
      await page.goto(path);
      await page.getByTestId('forbidden').waitFor();
      expect(await page.getByTestId('forbidden').innerText()).toContain('Viewer');
      expect(await page.locator('table').count()).toBe(0);
    }
    await screenshot(page, 'viewer-refused');
  });

  it('lets a monitor on a 360 px screen open the menu, read the parties and sign out', async () => {
    const page = await e2e.newPage({ width: 360, height: 740 });
    await signIn(page, 'ukr.monitor');
    const who = await page.getByTestId('who').innerText();
    expect(who).toMatch(/UKR[\s\S]*Monitor/);
    expect(await page.locator('#app-nav').isVisible()).toBe(false);
    await screenshot(page, 'phone-overview');
    const menu = page.getByRole('button', { name: /Menu/ });
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.locator('#app-nav a[data-section="coalition"]').click();
    await page.locator('table tbody tr').first().waitFor();
    expect(await page.locator('#app-nav').isVisible()).toBe(false);
    // Nothing is wider than the screen: the table scrolls inside its own region.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByLabel('Filter').fill('ukr');
    await expect.poll(() => page.locator('table tbody tr').count()).toBe(1);
    await screenshot(page, 'phone-parties');
    await page.getByTestId('sign-out').click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  });
});

describe('administration by a coordinator', () => {
  it('adds a user, changes the role, creates a token shown once, revokes it, and finds it all in the audit trail', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'fra.coordinator');
    await page.goto('/admin/users');
    await page.locator('table tbody tr').first().waitFor();
    const form = page.getByRole('form', { name: 'Add a user' });
    await form.getByLabel('User name').fill('Bad Name');
    await form.getByRole('button', { name: 'Add a user' }).click();
    await form.locator('.field__error').first().waitFor();
    expect(await form.locator('.problem').innerText()).toMatch(/username/);

    await form.getByLabel('User name').fill('fra.liaison');
    await form.getByLabel('Display name').fill('EXERCISE FRA liaison officer');
    await form.getByLabel('Role').selectOption('analyst');
    await form.getByRole('button', { name: 'Add a user' }).click();
    await page.getByText('User fra.liaison added.').waitFor();
    await page.getByLabel('Role of fra.liaison').selectOption('planner');
    await page.getByText('User fra.liaison changed.').waitFor();
    await page.getByRole('button', { name: 'Disable fra.liaison' }).click();
    await page.getByRole('button', { name: 'Enable fra.liaison' }).waitFor();
    await screenshot(page, 'admin-users');

    await page.goto('/admin/tokens');
    await page.getByLabel('Token name').fill('EXERCISE sensor gateway');
    await page.getByLabel('Acts as user').selectOption('fra.planner');
    await page.getByRole('button', { name: 'Create a token' }).click();
    const secret = page.getByTestId('token-secret');
    await secret.waitFor();
    const token = await secret.locator('input').inputValue();
    expect(token.length).toBeGreaterThan(20);
    await screenshot(page, 'admin-token-created');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Revoke the token EXERCISE sensor gateway' }).click();
    await page.getByText('Token EXERCISE sensor gateway revoked.').waitFor();
    // The secret works no more.
    const answer = await e2e.app.app.inject({
      url: '/api/v1/auth/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(answer.statusCode).toBe(401);

    await page.goto('/admin/audit');
    await page.getByLabel('Record', { exact: true }).waitFor();
    await page.getByLabel('Who').fill('fra.coordinator');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('actor')).toBe('fra.coordinator');
    await page.locator('.audit-entry').first().waitFor();
    const trail = await page.locator('.audit-list').innerText();
    expect(trail).toMatch(/fra\.liaison|token/);
    await screenshot(page, 'admin-audit');
    expect(e2e.pageErrors).toEqual([]);
  });
});
