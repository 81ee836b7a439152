import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { guaranteesRepository } from '../../src/modules/guarantees/guarantees.repository.js';
import { partyViewer } from '../../src/modules/guarantees/guarantees.present.js';
import { screenshot, signIn, startE2e, type E2e } from './support/e2e.js';

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e({ scenario: ['coalition', 'commitments', 'guarantees', 'agreements'] });
});

afterAll(async () => {
  await e2e?.close();
});

const HOUR = 3_600_000;
const pct = (fraction: number) =>
  `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(Math.round(fraction * 1000) / 10)} %`;

/** The cells of a chart's hidden data table, row by row: [row header, ...cells]. */
function chartTable(page: Page, caption: string): Promise<string[][]> {
  return page
    .locator('figure', { has: page.locator('figcaption', { hasText: caption }) })
    .locator('table tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
    );
}

/** The exercise trigger raises a proposal as the platform would on a burst of incidents. */
async function raiseProposal(): Promise<string> {
  const { guarantees } = e2e.app.ctx.services;
  const trigger = (await guarantees.triggers.list(partyViewer('GBR'))).find((x) => x.exercise)!;
  const row = await guaranteesRepository.getTrigger(e2e.app.ctx.db, partyViewer('GBR'), trigger.id);
  return guarantees.activations.raise(row!, {
    met: true,
    count: trigger.rule.minCount,
    minCount: trigger.rule.minCount,
    windowStart: new Date(Date.now() - 24 * HOUR).toISOString(),
    windowEnd: new Date().toISOString(),
    incidentIds: ['EXERCISE-incident-1', 'EXERCISE-incident-2'],
  });
}

describe('guarantees in the browser', () => {
  let declaredId = '';

  it('a coordinator declares an activation with a rationale and sees 24-hour consultation clocks on the board', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'gbr.coordinator');
    await page.goto('/guarantees');
    await page.getByTestId('triggers').waitFor();
    expect(await page.getByTestId('triggers').innerText()).toMatch(/EXERCISE[\s\S]*within 24 h/);
    // Evaluated on demand, the exercise trigger says how close the last 30 days came.
    await page.getByTestId('triggers').getByRole('button', { name: 'Evaluate now' }).first().click();
    await expect
      .poll(() => page.getByTestId('evaluation').innerText())
      .toMatch(/^Not met: 0 matching incidents of at least \d+\. Busiest window of the last 30 days: 0/);
    // A coordinator defines a trigger; it is listed in plain words.
    const define = page.getByTestId('trigger-form');
    await define.getByLabel(/^Name/).fill('EXERCISE massed drone strikes');
    await define.getByLabel(/^Incident categories/).fill('air-drone-strike');
    await define.getByLabel(/^Incidents needed/).fill('20');
    await define.getByLabel(/^Attributed to/).fill('rus');
    await define.getByRole('button', { name: 'Define a trigger' }).click();
    await expect
      .poll(() => page.getByTestId('triggers').innerText())
      .toContain(
        '20 or more verified incidents (air-drone-strike) of severity 3 or more within 24 h, attributed to RUS',
      );
    await screenshot(page, 'guarantees-activations');

    const form = page.getByTestId('declare-form');
    await form.getByLabel('Title').fill('EXERCISE renewed attack declared');
    await form
      .getByLabel(/^Rationale/)
      .fill('EXERCISE: the joint assessment finds a significant, deliberate and sustained armed attack.');
    await form.getByRole('button', { name: 'Declare and start the clocks' }).click();
    await page.waitForURL(/\/guarantees\/activations\/[0-9a-f-]{36}$/);
    declaredId = page.url().split('/').at(-1)!;
    await page.getByTestId('board').waitFor();
    expect(await page.locator('main').innerText()).toContain('sustained armed attack');
    expect(await page.getByTestId('activation-status').innerText()).toBe('Confirmed');
    // The deployment holds exercise data: the declaration is marked EXERCISE by default.
    expect(await page.locator('main .page__lead').innerText()).toMatch(/^EXERCISE · Confirmed/);

    // GBR's consultation: due 24 h after the start, counting down live.
    const consultation = page.locator('[data-party="GBR"] [data-kind="consultation"]').first();
    await expect.poll(() => consultation.innerText()).toMatch(/due in 23 h 5\d min/);
    const board = await (await page.request.get(`/api/v1/guarantees/activations/${declaredId}/board`)).json();
    const started = Date.parse(board.activation.startedAt as string);
    const consultations = (board.parties as { clocks: { kind: string; dueAt: string; party: string }[] }[])
      .flatMap((p) => p.clocks)
      .filter((c) => c.kind === 'consultation');
    expect(consultations.length).toBeGreaterThan(10);
    for (const c of consultations) expect(Date.parse(c.dueAt) - started).toBe(24 * HOUR);
    expect(await page.locator('[data-kind="consultation"][data-status="running"]').count()).toBe(
      consultations.length,
    );
    // The coordinator's own party comes first; a filter shows one party.
    expect(await page.locator('.activation-board__party').first().getAttribute('data-party')).toBe('GBR');
    await screenshot(page, 'guarantees-board');
    await page.getByLabel('Party', { exact: true }).selectOption('DEU');
    await expect.poll(() => page.locator('.activation-board__party').count()).toBe(1);
    expect(await page.locator('.activation-board__party').getAttribute('data-party')).toBe('DEU');

    // A phone: the board stays readable at 360 px.
    const phone = await e2e.newPage({ width: 360, height: 780 });
    await signIn(phone, 'gbr.coordinator');
    await phone.goto(`/guarantees/activations/${declaredId}`);
    await phone.getByTestId('board').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(phone, 'guarantees-board-phone');
    expect(e2e.outsideRequests).toEqual([]);
  });

  it('a viewer sees the activations and the board but no action; a coordinator rejects a proposal with rationale', async () => {
    const proposalId = await raiseProposal();
    const viewer = await e2e.newPage();
    await signIn(viewer, 'ita.viewer');
    await viewer.goto('/guarantees');
    await viewer.getByTestId('proposals').waitFor();
    expect(await viewer.getByTestId('declare-form').count()).toBe(0);
    expect(await viewer.locator('#app-nav a[href="/guarantees/simulation"]').count()).toBe(0);
    await viewer.goto(`/guarantees/activations/${proposalId}`);
    await viewer.getByTestId('no-actions').waitFor();
    expect(await viewer.getByTestId('decision-form').count()).toBe(0);
    const incidents = viewer.getByTestId('incidents').getByRole('link');
    expect(await incidents.count()).toBe(2);
    expect(await incidents.first().getAttribute('href')).toBe('/monitoring/incidents/EXERCISE-incident-1');
    await viewer.goto(`/guarantees/activations/${declaredId}`);
    await viewer.getByTestId('board').waitFor();
    expect(await viewer.locator('.clock__report').count()).toBe(0);
    await screenshot(viewer, 'guarantees-viewer-board');

    const coordinator = await e2e.newPage();
    await signIn(coordinator, 'gbr.coordinator');
    await coordinator.goto(`/guarantees/activations/${proposalId}`);
    const form = coordinator.getByTestId('decision-form');
    await form.waitFor();
    await screenshot(coordinator, 'guarantees-proposal');
    await form.getByLabel(/^Rationale/).fill('EXERCISE: the Special Commission finds no sustained attack.');
    await form.getByRole('button', { name: 'Reject' }).click();
    await expect.poll(() => coordinator.getByTestId('activation-status').innerText()).toBe('Rejected');
    const stored = await e2e.app.ctx.services.guarantees.activations.get(partyViewer('GBR'), proposalId);
    expect(stored).toMatchObject({ status: 'rejected', decidedBy: 'gbr.coordinator' });
    expect(e2e.outsideRequests).toEqual([]);
  });

  it('the simulation page shows the timeline and compares with and without the US backstop', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'gbr.planner');
    await page.goto('/guarantees/simulation');
    await page.getByTestId('comparison-table').waitFor({ timeout: 30_000 });
    const confirmedAt = await page.getByLabel(/^Confirmed at T/).inputValue();
    const api = await (
      await page.request.post('/api/v1/guarantees/simulations', {
        data: {
          confirmedAt: `${confirmedAt}:00.000Z`,
          horizonDays: 30,
          requirements: [
            { response: 'air-defence', quantity: 4 },
            { response: 'weapons', quantity: 3 },
            { response: 'air', quantity: 24 },
            { response: 'maritime', quantity: 4 },
            { response: 'troops', quantity: 10000 },
          ],
          scenario: { name: 'As recorded' },
          compareWith: { name: 'Without the US backstop', excludeParties: ['USA'] },
        },
      })
    ).json();
    const { a, b } = api.comparison as {
      a: { milestones: { inEffect: string[] }[] };
      b: { milestones: { inEffect: string[] }[] };
    };
    const rows = await chartTable(page, 'Commitments in effect: As recorded against Without the US backstop');
    expect(rows.map((r) => r[0])).toEqual(['T+24 h', 'T+72 h', 'T+7 d', 'T+30 d']);
    expect(rows.map((r) => r.slice(1).map(Number))).toEqual(
      a.milestones.map((m, i) => [m.inEffect.length, b.milestones[i]!.inEffect.length]),
    );
    // Without the backstop the UK brigade, conditional on it, never comes: fewer troops at T+30 d.
    expect(await page.getByTestId('comparison-table').innerText()).toMatch(/T\+30 d[\s\S]*Troops −5,000/);
    expect(await page.locator('.simulation-view').count()).toBe(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await screenshot(page, 'guarantees-simulation');
    const phone = await e2e.newPage({ width: 360, height: 780 });
    await signIn(phone, 'gbr.planner');
    await phone.goto('/guarantees/simulation');
    await phone.getByTestId('comparison-table').waitFor({ timeout: 30_000 });
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(phone, 'guarantees-simulation-phone');
    expect(e2e.outsideRequests).toEqual([]);
  });

  it("the pivotality chart shows the API's Shapley and Banzhaf values and the breaking sets", async () => {
    const page = await e2e.newPage();
    await signIn(page, 'deu.analyst');
    await page.goto('/guarantees/pivotality');
    await page.getByTestId('breaking-sets').waitFor({ timeout: 30_000 });
    const api = await (
      await page.request.post('/api/v1/guarantees/pivotality', {
        data: { requirements: [{ response: 'troops', quantity: 10000 }], byDay: 10 },
      })
    ).json();
    const players = api.result.players as { party: string; shapley: number; banzhaf: number }[];
    const rows = await chartTable(page, 'Shapley and Banzhaf values per party');
    const powerful = players.filter((p) => p.shapley > 0 || p.banzhaf > 0);
    expect(powerful.length).toBeGreaterThan(0);
    expect(rows.length).toBe(powerful.length);
    for (const p of powerful) {
      expect(rows.find((r) => r[0] === p.party)).toEqual([p.party, pct(p.shapley), pct(p.banzhaf)]);
    }
    const powerless = players.filter((p) => p.shapley === 0 && p.banzhaf === 0).map((p) => p.party);
    if (powerless.length > 0)
      expect(await page.getByTestId('powerless').innerText()).toContain(powerless.sort().join(', '));
    const sets = (api.result.minimalBlockingSets as string[][]).map((s) => s.join(' + '));
    expect(await page.getByTestId('breaking-sets').locator('li').allInnerTexts()).toEqual(sets);
    expect(await page.locator('main').innerText()).toContain('What the numbers mean');
    await screenshot(page, 'guarantees-pivotality');
    // The same page in Ukrainian and French: every visible string is translated.
    await page.getByTestId('language').selectOption('uk');
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Хто вирішальний');
    expect(await page.locator('main').innerText()).toContain('Значення Шеплі');
    await screenshot(page, 'guarantees-pivotality-uk');
    await page.getByTestId('language').selectOption('fr');
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Qui est décisif');
    await page.getByTestId('language').selectOption('en');

    // Two domains make a game no single weight describes: sampled, with its 95 % intervals.
    await page.getByLabel('And a second domain').selectOption('air');
    await page.getByLabel(/^Quantity required in the second domain/).fill('12');
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.getByTestId('intervals').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('method').innerText()).toMatch(
      /^Estimates from [\d,]+ sampled join orders/,
    );
    expect(await page.getByTestId('intervals').innerText()).toMatch(/ ± /);
    await screenshot(page, 'guarantees-pivotality-sampled');
    expect(e2e.outsideRequests).toEqual([]);
    expect(e2e.pageErrors).toEqual([]);
  });
});
