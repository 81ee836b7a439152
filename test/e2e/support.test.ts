import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Agreement, Fulfilment } from '../../src/modules/agreements/agreements.schemas.js';
import type {
  DonorView,
  Pledge,
  PriorityList,
  Requirement,
  TrackerImport,
} from '../../src/modules/support/support.schemas.js';
import { screenshot, signIn, startE2e, type E2e } from './support/e2e.js';

interface ListOf<T> {
  items: T[];
}

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e({ scenario: ['coalition', 'support', 'agreements'] });
}, 240_000);

afterAll(async () => {
  await e2e?.close();
});

/** GET an API path with the page's session (the signed-in user's view). */
async function apiGet<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(`/api/v1/${path}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as T;
}

/** "1,400.5" or "0.033 %" as shown by the en-GB charts, as a number. */
const shown = (text: string) => Number(text.replace(/[,\s%]/g, ''));

// EXERCISE rows in the Kiel tracker's column layout; the values are invented for the test.
const TRACKER_CSV = [
  'donor,aid_type_general,aid_type_specific,measure,announcement_date,explanation,tot_sub_activity_value_EUR,tot_value_deliv_EUR,item,item_numb,item_numb_deliv,extra_column',
  'Germany,Military,Weapons and equipment,Allocation,2024-03-05,EXERCISE test row 1,500000000,300000000,Air defence system,2,1,x',
  'Germany,Military,Weapons and equipment,Commitment,2024-05-20,EXERCISE test row 2,250000000,.,,,,x',
  'France,Financial,Budget support,Allocation,2024-04-10,EXERCISE test row 3,200000000,.,,,,x',
].join('\n');
const MALFORMED_CSV = [
  'donor,aid_type_general,measure,announcement_date,tot_sub_activity_value_EUR',
  'Norway,Military,Allocation,2024-06-01,100000000',
  'Norway,Military,Allocation,2024-06-02,one hundred',
].join('\n');

describe('support and agreements in the browser', () => {
  it('shows a planner the requirements board with the API’s coverage, on a desktop and a phone', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'fra.planner');
    await page.goto('/support');
    await page.locator('.requirement').first().waitFor();
    const api = await apiGet<ListOf<Requirement>>(page, 'support/requirements?limit=1000');
    expect(api.items.length).toBeGreaterThan(5);
    expect(await page.locator('.requirement').count()).toBe(api.items.length);
    for (const r of api.items) {
      const card = page.locator(`[data-requirement-id="${r.id}"]`);
      expect(await card.innerText()).toContain(r.title);
      if (r.quantity === null) continue;
      const meters = card.locator('[role=meter]');
      expect(await meters.nth(0).getAttribute('aria-valuenow')).toBe(String(r.coverage.pledgedCount));
      expect(await meters.nth(1).getAttribute('aria-valuenow')).toBe(String(r.coverage.deliveredCount));
      expect(await meters.nth(0).getAttribute('aria-valuemax')).toBe(String(r.quantity));
    }
    // Filtering by capability keeps the filter in the address and narrows the board.
    await page.getByLabel('Capability area').selectOption('air-defence');
    await expect.poll(() => new URL(page.url()).searchParams.get('capability')).toBe('air-defence');
    const airDefence = api.items.filter((r) => r.capability === 'air-defence').length;
    await expect.poll(() => page.locator('.requirement').count()).toBe(airDefence);
    await screenshot(page, 'support-board');

    // The monthly priority lists: each tranche's bars are the API's figures against its target.
    await page.goto('/support/priority-lists');
    await page.locator('[data-tranche-id]').first().waitFor();
    const lists = await apiGet<ListOf<PriorityList>>(page, 'support/priority-lists');
    for (const tranche of lists.items.flatMap((l) => l.tranches)) {
      const meters = page.locator(`[data-tranche-id="${tranche.id}"] [role=meter]`);
      const values = await meters.evaluateAll((m) => m.map((e) => Number(e.getAttribute('aria-valuenow'))));
      expect(values).toEqual([tranche.pledged, tranche.funded, tranche.delivered]);
      expect(await meters.first().getAttribute('aria-valuemax')).toBe(String(tranche.target));
    }
    // A French planner does not keep Ukraine's tranches.
    expect(await page.getByText('Update the figures').count()).toBe(0);
    await screenshot(page, 'support-priority-lists');

    // In Ukrainian.
    await page.getByTestId('language').selectOption('uk');
    await page.goto('/support');
    await page.getByRole('heading', { name: 'Дошка потреб' }).waitFor();
    await screenshot(page, 'support-board-uk');
    await page.getByTestId('language').selectOption('en');

    const phone = await e2e.newPage({ width: 360, height: 740 });
    await signIn(phone, 'fra.planner');
    await phone.goto('/support');
    await phone.locator('.requirement').first().waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone, 'support-board-phone');
  });

  it('lets Ukraine update a tranche and state a requirement, refusals naming their field', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'ukr.coordinator');
    await page.goto('/support/priority-lists');
    const lists = await apiGet<ListOf<PriorityList>>(page, 'support/priority-lists');
    const tranche = lists.items[0]!.tranches.find((x) => x.funded < x.pledged)!;
    const card = page.locator(`[data-tranche-id="${tranche.id}"]`);
    await card.getByText('Update the figures').click();
    const form = card.getByRole('form', { name: `Update ${tranche.label}` });
    await form.getByLabel(/^Funded/).fill(String(tranche.pledged + 1));
    await form.getByRole('button', { name: `Update ${tranche.label}` }).click();
    await form
      .locator('.field--invalid')
      .getByText(/exceeds pledged/)
      .waitFor();
    await form.getByLabel(/^Funded/).fill(String(tranche.pledged));
    await form.getByRole('button', { name: `Update ${tranche.label}` }).click();
    await expect
      .poll(() => card.locator('[role=meter]').nth(1).getAttribute('aria-valuenow'))
      .toBe(String(tranche.pledged));
    const after = (await apiGet<ListOf<PriorityList>>(page, 'support/priority-lists')).items[0]!.tranches;
    expect(after.find((x) => x.id === tranche.id)!.funded).toBe(tranche.pledged);
    await screenshot(page, 'support-tranche-updated');

    // Ukraine states a requirement from the board; a priority of 0 is refused by its field.
    await page.goto('/support');
    await page.getByText('State a requirement').first().click();
    const stateForm = page.getByRole('form', { name: 'State a requirement' });
    await stateForm.getByLabel('Capability area').selectOption('demining');
    await stateForm.getByLabel(/^What is needed/).fill('EXERCISE — demining robots');
    await stateForm.getByLabel(/^Priority/).fill('0');
    await stateForm.getByLabel(/^Quantity/).fill('12');
    await stateForm.getByRole('button', { name: 'State a requirement' }).click();
    await stateForm.locator('.field--invalid').first().waitFor();
    expect(await stateForm.locator('.problem').innerText()).toMatch(/priority/);
    await stateForm.getByLabel(/^Priority/).fill('11');
    await stateForm.getByRole('button', { name: 'State a requirement' }).click();
    await page.getByText('Requirement “EXERCISE — demining robots” stated.').waitFor();
    const stated = (await apiGet<ListOf<Requirement>>(page, 'support/requirements?capability=demining'))
      .items;
    const robots = stated.find((r) => r.title === 'EXERCISE — demining robots')!;
    expect(robots).toMatchObject({ priority: 11, quantity: 12, owner: 'UKR' });
    await page.locator(`[data-requirement-id="${robots.id}"]`).waitFor();
    await screenshot(page, 'support-requirement-stated');
  });

  it('draws the donor ranking with the API’s values, the fair share and the EXERCISE GDP notice', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'fra.planner');
    await page.goto('/support/donors');
    const charts = page.locator('figure');
    await charts.first().waitFor();
    const view = await apiGet<DonorView>(page, 'support/donors?fairShareTotalEur=40000000000');
    const eurTable = charts.nth(0).locator('table');
    const gdpTable = charts.nth(1).locator('table');
    for (const d of view.items) {
      const cells = await eurTable.locator(`tr[data-row="${d.donor}"] td`).allInnerTexts();
      expect(shown(cells[0]!)).toBeCloseTo(d.allocationEur / 1e6, 1);
      expect(shown(cells[1]!)).toBeCloseTo(d.commitmentEur / 1e6, 1);
      expect(shown(cells[2]!)).toBeCloseTo(d.deliveredEur / 1e6, 1);
      if (d.allocationPercentOfGdp !== null) {
        const pct = await gdpTable.locator(`tr[data-row="${d.donor}"] td`).allInnerTexts();
        // Shown with three decimals.
        expect(Math.abs(shown(pct[0]!) - d.allocationPercentOfGdp)).toBeLessThanOrEqual(0.0005 + 1e-12);
        // The fair-share marker: the donor's fair share as a share of its GDP.
        expect(Math.abs(shown(pct[2]!) - (100 * d.fairShareEur!) / d.gdpEur!)).toBeLessThanOrEqual(
          0.0005 + 1e-12,
        );
      }
    }
    // The ranking is by total, largest first, as the API's totals order it.
    const order = await eurTable
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row')));
    const expected = [...view.items].sort((a, b) => b.totalEur - a.totalEur).map((d) => d.donor);
    expect(order).toEqual(expected);
    expect(await page.getByTestId('gdp-exercise').innerText()).toContain('EXERCISE');
    await screenshot(page, 'support-donors');
  });

  it('refuses the tracker import to a planner, and imports a tracker file through the page for an analyst', async () => {
    const planner = await e2e.newPage();
    await signIn(planner, 'fra.planner');
    await planner.goto('/support/imports');
    await planner.getByText(/your role is Planner/).waitFor();
    expect(await planner.locator('input[type=file]').count()).toBe(0);

    const page = await e2e.newPage();
    await signIn(page, 'deu.analyst');
    await page.goto('/support/imports');
    const before = (await apiGet<ListOf<TrackerImport>>(page, 'support/imports')).items.length;
    await page.getByLabel('Tracker file (CSV or XLSX)').setInputFiles({
      name: 'malformed.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(MALFORMED_CSV),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    expect(await errors.locator('li[data-line="3"]').innerText()).toMatch(
      /^Line 3, column tot_sub_activity_value_EUR/,
    );
    await screenshot(page, 'support-import-refused');
    expect((await apiGet<ListOf<TrackerImport>>(page, 'support/imports')).items.length).toBe(before);

    await page.getByLabel('Tracker file (CSV or XLSX)').setInputFiles({
      name: 'tracker-exercise.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(TRACKER_CSV),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const report = page.getByTestId('import-report');
    await report.waitFor();
    expect(await report.locator('[data-key=rows] dd').innerText()).toBe('3');
    expect(await report.locator('[data-key=inserted] dd').innerText()).toBe('3');
    await page.locator('section[aria-labelledby=past-imports] tbody tr').first().waitFor();
    expect(await page.locator('section[aria-labelledby=past-imports]').innerText()).toContain(
      'tracker-exercise.csv',
    );
    await screenshot(page, 'support-import-report');
    // The imported rows count in the donor totals: Germany's 2024 figures are the file's.
    const germany = (await apiGet<DonorView>(page, 'support/donors?year=2024')).items.find(
      (d) => d.donor === 'DEU',
    );
    expect(germany).toMatchObject({ allocationEur: 500e6, commitmentEur: 250e6, deliveredEur: 300e6 });

    // The same file again changes nothing.
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => report.innerText()).toMatch(/same file as the latest import/);
  });

  it('shows the agreement tracker with the API’s fulfilment figures, adding up from the pledges', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'fra.planner');
    await page.goto('/agreements');
    await page.locator('tbody[data-agreement]').first().waitFor();
    const tracker = await apiGet<ListOf<Fulfilment>>(page, 'agreements/tracker');
    const thisYear = new Date().getUTCFullYear();
    const value = (agreementId: string, year: string | number, figure: string) =>
      page
        .locator(`tbody[data-agreement="${agreementId}"] tr[data-year="${year}"] [data-figure="${figure}"]`)
        .getAttribute('data-value');
    let checked = 0;
    for (const f of tracker.items) {
      // Years up to this one and years with pledges are in the tracker; later promises on the
      // agreement's own page.
      const years = f.years.filter((y) => y.year <= thisYear || y.pledgeIds.length > 0);
      const rows = page.locator(`tbody[data-agreement="${f.agreementId}"] tr[data-year]`);
      expect(await rows.count()).toBe(years.length === 0 ? 0 : years.length + 1);
      for (const y of years) {
        expect(await value(f.agreementId, y.year, 'promised')).toBe(
          y.promisedEur === null ? '' : String(y.promisedEur),
        );
        for (const name of ['committed', 'allocated', 'delivered'] as const)
          expect(Number(await value(f.agreementId, y.year, name))).toBe(y[`${name}Eur`]);
        expect(Number(await value(f.agreementId, y.year, 'pledges'))).toBe(y.pledgeIds.length);
        checked++;
      }
      if (years.length) {
        expect(Number(await value(f.agreementId, 'total', 'allocated'))).toBe(f.total.allocatedEur);
        expect(Number(await value(f.agreementId, 'total', 'delivered'))).toBe(f.total.deliveredEur);
      } else expect(await page.getByTestId('tracker-empty').innerText()).toContain(f.partnerName);
    }
    expect(checked).toBeGreaterThan(0);
    // Germany's 2024 figures add up from the pledges they list (the tracker file imported above).
    const deu = tracker.items.find((f) => f.partner === 'DEU')!;
    const y2024 = deu.years.find((y) => y.year === 2024)!;
    expect(y2024.pledgeIds.length).toBeGreaterThan(0);
    const pledges = await Promise.all(
      y2024.pledgeIds.map((id: string) => apiGet<Pledge>(page, `support/pledges/${id}`)),
    );
    const sum = (measure: string) =>
      pledges.filter((p) => p.measure === measure).reduce((s, p) => s + (p.valueEur ?? 0), 0);
    expect(y2024.allocatedEur).toBe(sum('allocation'));
    expect(y2024.committedEur).toBe(sum('commitment'));
    expect(y2024.promisedEur).toBe(7.1e9);
    await page.locator('section[aria-labelledby=reminders]').waitFor();
    await screenshot(page, 'agreements-tracker');

    // The agreement's detail: its facts, clauses as obligations and fulfilment.
    await page.locator(`tbody[data-agreement="${deu.agreementId}"] a`).click();
    await page.getByTestId('agreement-facts').waitFor();
    const agreement = await apiGet<Agreement>(page, `agreements/${deu.agreementId}`);
    const types = await page
      .locator('[data-clause-type]')
      .evaluateAll((li) => li.map((l) => l.getAttribute('data-clause-type')));
    expect(types).toEqual(agreement.clauses.map((c) => c.type));
    expect(await page.locator('[data-clause-type="consultations-24h"]').innerText()).toContain('24 hours');
    expect(await page.getByTestId('agreement-facts').innerText()).toContain('€7.1bn for 2024');
    expect(
      await page
        .locator(`section[aria-labelledby=fulfilment] tr[data-year="2024"] [data-figure="allocated"]`)
        .getAttribute('data-value'),
    ).toBe(String(y2024.allocatedEur));
    // A French planner is neither Germany nor Ukraine: no state form.
    expect(await page.getByRole('form', { name: 'Record the agreement’s state' }).count()).toBe(0);
    await screenshot(page, 'agreement-detail');

    // On a phone, nothing is wider than the screen: tables scroll inside their own region.
    const phone = await e2e.newPage({ width: 360, height: 740 });
    await signIn(phone, 'fra.planner');
    for (const path of [
      '/agreements',
      `/agreements/${deu.agreementId}`,
      '/support/donors',
      '/support/imports',
    ]) {
      await phone.goto(path);
      await phone.locator('main h1').waitFor();
      await phone.locator('main .state--loading').first().waitFor({ state: 'detached' });
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await screenshot(phone, `phone${path.replace(/\//g, '-').replace(/-[0-9a-f-]{36}$/, '-agreement')}`);
    }
  });

  it('lets the donor record a delivery with its evidence hashed in the browser, and shows others no form', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'deu.planner');
    const pledges = await apiGet<ListOf<Pledge>>(
      page,
      'support/pledges?donor=DEU&fromTracker=false&limit=100',
    );
    const pledge = pledges.items.find(
      (p) => p.itemCount !== null && (p.itemCountDelivered ?? 0) < p.itemCount,
    )!;
    await page.goto(`/support/pledges/${pledge.id}`);
    const form = page.getByRole('form', { name: 'Record a delivery' });
    await form.waitFor();
    const evidence = Buffer.from('EXERCISE delivery note for the browser test');
    // The rest of the pledged items: the delivery completes the pledge.
    const remaining = pledge.itemCount! - (pledge.itemCountDelivered ?? 0);
    await form.getByLabel('Items delivered').fill(String(remaining));
    await form
      .getByLabel('Evidence file')
      .setInputFiles({ name: 'note.txt', mimeType: 'text/plain', buffer: evidence });
    const hash = createHash('sha256').update(evidence).digest('hex');
    await expect.poll(() => form.getByLabel('Evidence SHA-256').inputValue()).toBe(hash);
    await form.getByRole('button', { name: 'Record a delivery' }).click();
    await page.locator('section[aria-labelledby=deliveries]').getByText(hash).waitFor();
    const after = await apiGet<Pledge>(page, `support/pledges/${pledge.id}`);
    expect(after.itemCountDelivered).toBe(pledge.itemCount);
    // Its commitment moved to fulfilled on its own.
    await expect.poll(() => page.getByTestId('commitment-state').innerText()).toBe('Fulfilled');
    // Every item is delivered: the page offers no further delivery.
    expect(await form.count()).toBe(0);
    // The donor links the pledge to its agreement; the API answers the link.
    const deuAgreement = (await apiGet<ListOf<Agreement>>(page, 'agreements?partner=DEU')).items[0]!;
    const links = page.getByRole('form', { name: 'What the pledge answers' });
    await links.locator(`option[value="${deuAgreement.id}"]`).waitFor({ state: 'attached' });
    await links.getByLabel('Agreement it counts towards').selectOption(deuAgreement.id);
    await links.getByRole('button', { name: 'Save' }).click();
    await links.getByText('Links saved').waitFor();
    expect((await apiGet<Pledge>(page, `support/pledges/${pledge.id}`)).agreementId).toBe(deuAgreement.id);
    await screenshot(page, 'support-pledge');

    const viewer = await e2e.newPage();
    await signIn(viewer, 'ita.viewer');
    await viewer.goto(`/support/pledges/${pledge.id}`);
    await viewer.locator('section[aria-labelledby=deliveries] table').waitFor();
    expect(await viewer.getByRole('form', { name: 'Record a delivery' }).count()).toBe(0);
    expect(await viewer.getByRole('form', { name: 'What the pledge answers' }).count()).toBe(0);
    expect(e2e.outsideRequests).toEqual([]);
    expect(e2e.pageErrors).toEqual([]);
  });
});
