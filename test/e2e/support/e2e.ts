import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { MODULES } from '../../../src/modules/registry.js';
import { DEMO_PASSWORD } from '../../../src/modules/coalition/coalition.roster.js';
import { loadScenario } from '../../../src/platform/scenario/load-scenario.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { ensureFreshWebBuild } from './web-build.js';

/** Where screenshots go (kept by CI as artefacts). */
export const SCREENSHOT_DIR = 'test-output/screenshots';

/** Chromium flags for a quiet, offline-friendly headless run. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A running Guarantor with the exercise scenario, and a Chromium to drive it. */
export interface E2e {
  /** `http://127.0.0.1:<port>` of the server. */
  baseUrl: string;
  app: TestApp;
  browser: Browser;
  /**
   * Every request the browser tried to send outside the server (blocked). The tests assert
   * it stays empty: the application works with the network to the outside cut.
   */
  outsideRequests: string[];
  /** Browser errors (uncaught exceptions, console errors) seen so far. */
  pageErrors: string[];
  /** A new page in a fresh context (own cookies and storage), with the given viewport. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  try {
    const host = new URL(url).hostname;
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
  } catch {
    return false;
  }
}

/** Options of `startE2e`. */
export interface E2eOptions {
  /**
   * Modules whose part of the exercise scenario is loaded (with the modules they need, in
   * registry order); all of them when absent. The full scenario takes minutes on a busy
   * 2-core machine, so a test loads what its journey reads.
   */
  scenario?: readonly string[];
  /** Extra configuration of the server, e.g. `{ BASEMAP_PMTILES: file }`. */
  env?: Record<string, string>;
}

/**
 * Builds the web application if its build is stale, starts Guarantor in-process on a scratch
 * SQLite database with the exercise scenario on a random port, and launches Chromium
 * (`CHROMIUM_PATH`, default /usr/bin/chromium). Requests outside localhost are aborted and
 * recorded.
 *
 * @example const e2e = await startE2e({ scenario: ['coalition', 'ledger'] });
 */
export async function startE2e(options: E2eOptions = {}): Promise<E2e> {
  ensureFreshWebBuild();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const app = await startTestApp('sqlite', {
    GUARANTOR_WEB_ROOT: join(process.cwd(), 'dist/web'),
    ...options.env,
  });
  // The scenario's progress goes to stderr: a slow module's part is then visible in the log.
  const started = Date.now();
  const modules = options.scenario
    ? MODULES.filter((m) => m.name === 'audit' || options.scenario!.includes(m.name))
    : MODULES;
  await loadScenario(app.ctx, modules, (message) =>
    process.stderr.write(`[e2e ${((Date.now() - started) / 1000).toFixed(1)} s] ${message}\n`),
  );
  const address = await app.app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const outsideRequests: string[] = [];
  const pageErrors: string[] = [];
  const contexts: BrowserContext[] = [];
  return {
    baseUrl: address,
    app,
    browser,
    outsideRequests,
    pageErrors,
    async newPage(viewport = { width: 1280, height: 860 }) {
      const context = await browser.newContext({ viewport, baseURL: address, locale: 'en-GB' });
      contexts.push(context);
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (isLocal(url)) return route.continue();
        outsideRequests.push(url);
        return route.abort('blockedbyclient');
      });
      context.on('request', (request) => {
        if (!isLocal(request.url()) && !outsideRequests.includes(request.url()))
          outsideRequests.push(request.url());
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('console', (message) => {
        // Refusals (4xx) are answers the pages handle: a 401 from /auth/me shows sign-in, a 400
        // shows the problem by its field. Only other errors count.
        if (message.type() === 'error' && !/status of 4\d\d/.test(message.text()))
          pageErrors.push(message.text());
      });
      return page;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await app.close();
    },
  };
}

/** Signs in through the sign-in page with a demo account and waits for the shell. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/');
  await page.getByLabel(/User name|Nom d’utilisateur|Ім’я користувача/).fill(username);
  await page.getByLabel(/^Password|^Mot de passe|^Пароль/).fill(password);
  await page.locator('form button[type=submit]').click();
  await page.getByTestId('who').waitFor();
}

/** Saves a full-page screenshot as `test-output/screenshots/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
