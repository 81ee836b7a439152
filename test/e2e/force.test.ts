import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, signIn, startE2e, type E2e } from './support/e2e.js';

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e({ scenario: ['coalition', 'commitments', 'force'] });
}, 240_000);

afterAll(async () => {
  await e2e?.close();
});

interface ApiBoard {
  lines: {
    ref: string;
    firm: number;
    conditionalMet: number;
    conditionalPending: number;
    shortfall: number;
    offers: { offerId: string; state: string }[];
  }[];
  personnel: { required: number; firm: number; conditional: number };
}

/** The board as the API computes it for the signed-in user, under a what-if. */
function apiBoard(page: Page, whatIf: object = {}): Promise<ApiBoard> {
  return page.evaluate(async (body) => {
    const res = await fetch('/api/v1/force/board', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    });
    return (await res.json()) as ApiBoard;
  }, whatIf);
}

/** What the page shows: per line, firm and conditional fill, shortfall and each offer's state. */
function shownBoard(page: Page) {
  return page.locator('[data-testid=board] tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      ref: row.getAttribute('data-line'),
      firm: Number(row.querySelector('[data-fill=firm] [role=meter]')!.getAttribute('aria-valuenow')),
      conditional: Number(
        row.querySelector('[data-fill=conditional] [role=meter]')!.getAttribute('aria-valuenow'),
      ),
      offers: [...row.querySelectorAll('li[data-offer]')].map(
        (li) => `${li.getAttribute('data-offer')}=${li.getAttribute('data-state')}`,
      ),
    })),
  );
}

/** The API's board in the page's shape. */
function expected(board: ApiBoard) {
  return board.lines.map((l) => ({
    ref: l.ref,
    firm: l.firm,
    conditional: l.conditionalMet + l.conditionalPending,
    offers: l.offers.map((o) => `${o.offerId}=${o.state}`),
  }));
}

/** Offer id → state over the whole board. */
const statesOf = (board: ApiBoard) =>
  new Map(board.lines.flatMap((l) => l.offers.map((o) => [o.offerId, o.state] as const)));

/** Offers whose state differs between two boards. */
function changed(before: ApiBoard, after: ApiBoard): string[] {
  const a = statesOf(before);
  const b = statesOf(after);
  return [...a.keys()].filter((id) => a.get(id) !== b.get(id)).sort();
}

/** Pixels of the APP-6 friendly fill (milsymbol's medium colour, #80E0FF) in a PNG. */
function friendlyPixels(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const px = context.getImageData(0, 0, image.width, image.height).data;
    let n = 0;
    for (let i = 0; i < px.length; i += 4)
      if (Math.abs(px[i]! - 128) < 12 && Math.abs(px[i + 1]! - 224) < 12 && Math.abs(px[i + 2]! - 255) < 12)
        n++;
    return n;
  }, png.toString('base64'));
}

describe('the force generation board for a planner', () => {
  it('shows the API’s numbers, recomputes exactly the dependent fills for each what-if, and draws the offers as APP-6 symbols', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'gbr.planner');
    await page.goto('/force');
    await page.locator('[data-testid=board] tbody tr').first().waitFor();

    const base = await apiBoard(page);
    expect(base.lines.length).toBeGreaterThan(5);
    expect(await shownBoard(page)).toEqual(expected(base));
    expect(await page.getByTestId('personnel-firm').innerText()).toBe(
      base.personnel.firm.toLocaleString('en-GB'),
    );
    for (const l of base.lines)
      expect(await page.getByTestId(`shortfall-${l.ref}`).innerText()).toBe(
        l.shortfall.toLocaleString('en-GB'),
      );
    await screenshot(page, 'force-board');

    // The House of Commons says no: the UK brigade fails, and the French brigade with it
    // (mutually conditional); nothing else moves.
    const whatIf = page.getByTestId('what-if');
    await whatIf.getByLabel('this parliament says no:').selectOption('GBR');
    const noGbr = await apiBoard(page, { approvalsByParty: { GBR: 'rejected' } });
    await expect.poll(() => shownBoard(page)).toEqual(expected(noGbr));
    const moved = changed(base, noGbr);
    expect(moved.length).toBeGreaterThanOrEqual(2);
    for (const id of moved) expect(statesOf(noGbr).get(id)).toBe('failed');
    const names = await page
      .locator('li[data-state=failed] a')
      .evaluateAll((links) => links.map((a) => a.textContent));
    expect(names).toEqual(expect.arrayContaining(['GBR UK armoured brigade', 'FRA French brigade']));
    await screenshot(page, 'force-board-gbr-parliament-no');
    await whatIf.getByLabel('this parliament says no:').selectOption('');
    await expect.poll(() => shownBoard(page)).toEqual(expected(base));

    // The US backstop is given: only offers waiting for the United States move, none fails.
    await whatIf.getByLabel('the US backstop is given').check();
    const backstop = await apiBoard(page, { assumeParties: ['USA'] });
    await expect.poll(() => shownBoard(page)).toEqual(expected(backstop));
    for (const id of changed(base, backstop)) expect(statesOf(backstop).get(id)).not.toBe('failed');
    await whatIf.getByLabel('the US backstop is given').uncheck();

    // Without a party: its offers and what depends on them fail; the others keep their state.
    await whatIf.getByLabel('without party:').selectOption('FRA');
    const noFra = await apiBoard(page, { excludeParties: ['FRA'] });
    await expect.poll(() => shownBoard(page)).toEqual(expected(noFra));
    expect(changed(base, noFra).length).toBeGreaterThan(0);
    await whatIf.getByLabel('without party:').selectOption('');

    // The force map draws each offer's APP-6 symbol (friendly frames) at its planned location.
    const map = page.locator('[data-testid=map]');
    await page.locator('[data-testid=map][data-basemap=loaded]').waitFor({ timeout: 30_000 });
    await map.scrollIntoViewIfNeeded();
    await expect
      .poll(async () => friendlyPixels(page, await map.screenshot()), { timeout: 15_000 })
      .toBeGreaterThan(200);
    await screenshot(page, 'force-board-map');
    expect(e2e.outsideRequests).toEqual([]);
    expect(e2e.pageErrors).toEqual([]);
  });

  it('opens an offer with its condition tree, approval state and reasons, and records a readiness step', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'gbr.planner');
    await page.goto('/force');
    await page.getByRole('link', { name: 'GBR UK armoured brigade' }).click();
    await page.getByRole('heading', { name: 'GBR · UK armoured brigade' }).waitFor();
    const id = new URL(page.url()).pathname.split('/').pop()!;

    const tree = page.getByTestId('condition-tree');
    await tree.waitFor();
    // The root is pending: the US backstop, the French brigade and the Commons vote are awaited.
    expect(await tree.locator(':scope > li').getAttribute('data-status')).toBe('pending');
    const text = await tree.innerText();
    expect(text).toContain('USA participates');
    expect(text).toContain('"French brigade (EXERCISE)" (FRA)');
    expect(text).toContain('House of Commons (GBR) approval is tabled');
    expect(await page.getByTestId('approvals').innerText()).toMatch(
      /House of Commons \(parliament\): tabled/,
    );
    expect(await page.getByTestId('effective-state').getAttribute('data-state')).toBe('conditional-pending');
    const offer = await page.evaluate(
      async (offerId) =>
        (await (await fetch(`/api/v1/force/offers/${offerId}`)).json()) as { reasons: string[] },
      id,
    );
    expect(await page.getByTestId('reasons').locator('li').allInnerTexts()).toEqual(offer.reasons);
    // Its APP-6 symbol is drawn (milsymbol, as a data URL: nothing fetched).
    await expect
      .poll(() => page.getByTestId('offer-symbol').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(10);
    await screenshot(page, 'force-offer');

    // Granting the backstop in the page moves the USA leaf to met.
    await page.getByLabel('the US backstop is given').check();
    await expect.poll(() => tree.locator('[data-status=met]').count()).toBeGreaterThan(0);
    expect(
      await tree
        .locator('li:not(:has(li))', { hasText: 'USA participates — assumed' })
        .getAttribute('data-status'),
    ).toBe('met');

    // The planner of the offer's party records the next readiness step.
    const form = page.getByRole('form', { name: 'Record a readiness step' });
    await form.getByLabel('Level').selectOption('assessed');
    await form.getByLabel(/^Evidence/).fill('EXERCISE assessment visit, Tidworth');
    await form.getByRole('button', { name: 'Record a readiness step' }).click();
    await page.getByText('Readiness step recorded.').waitFor();
    await expect.poll(() => page.getByTestId('readiness').innerText()).toMatch(/^assessed/);
    expect(e2e.outsideRequests).toEqual([]);
    expect(e2e.pageErrors).toEqual([]);
  });
});

describe('the force pages for others', () => {
  it('shows a viewer the board and an offer without any write action', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'ita.viewer');
    await page.goto('/force');
    await page.locator('[data-testid=board] tbody tr').first().waitFor();
    expect(await shownBoard(page)).toEqual(expected(await apiBoard(page)));
    await page.getByRole('link', { name: 'GBR UK armoured brigade' }).click();
    await page.getByTestId('condition-tree').waitFor();
    expect(await page.locator('main form').count()).toBe(0);
    expect(await page.locator('main button[type=submit]').count()).toBe(0);
    await screenshot(page, 'force-offer-viewer');
    expect(e2e.outsideRequests).toEqual([]);
  });

  it('fits the board on a 360 px phone and reads it in French', async () => {
    const page = await e2e.newPage({ width: 360, height: 740 });
    await signIn(page, 'fra.planner');
    await page.getByTestId('language').selectOption('fr');
    await page.goto('/force');
    await page.locator('[data-testid=board] tbody tr').first().waitFor();
    expect(await page.locator('h1').innerText()).toBe('Tableau de génération de force');
    expect(await page.getByTestId('board').innerText()).toContain('Manque');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'force-board-phone-fr');
    // The condition tree reads in French too.
    await page.getByRole('link', { name: 'GBR UK armoured brigade' }).click();
    const tree = page.getByTestId('condition-tree');
    await tree.waitFor();
    expect(await tree.innerText()).toContain('USA participe par un engagement : pas encore');
    expect(await tree.innerText()).toContain('House of Commons (GBR) : approbation déposée');
    expect(await page.getByTestId('reasons').innerText()).toContain(
      '"UK armoured brigade (EXERCISE)" (GBR) est en attente : USA participe par un engagement : pas encore',
    );
    await screenshot(page, 'force-offer-phone-fr');
    expect(e2e.outsideRequests).toEqual([]);
    expect(e2e.pageErrors).toEqual([]);
    await page.getByTestId('language').selectOption('en');
  });
});
