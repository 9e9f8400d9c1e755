/**
 * Debian's Chromium driven by playwright-core, headless, against the built dist/ (built here if missing). The
 * browser itself comes from the system (.ci/apt-packages installs it): nothing is downloaded.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { Browser, chromium, Page } from 'playwright-core';

export const ROOT = path.join(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
/**
 * Where the pages are photographed: docs/screenshots (the README's pictures) when asked for with
 * DIENHINH_SCREENSHOTS=docs (`npm run screenshots`), else a temporary folder, so that a test run leaves the tree as
 * it found it.
 */
export const SCREENSHOTS =
  process.env.DIENHINH_SCREENSHOTS === 'docs' ? path.join(ROOT, 'docs', 'screenshots') : path.join(os.tmpdir(), 'dienhinh-screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureBuilt(): void {
  const needed = ['taskpane.html', 'taskpane.js', 'engine-worker.js', 'functions.json', 'office-js/office.js'];
  if (needed.every((f) => fs.existsSync(path.join(DIST, f)))) return;
  execFileSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, stdio: 'ignore' });
}

export async function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run .ci/apt-packages (apt-get install chromium).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface PageLog {
  errors: string[];
  external: string[];
}

/** Records page errors, console errors (CSP violations among them) and any request that leaves the test server. */
export function watchPage(page: Page, origin: string): PageLog {
  const log: PageLog = { errors: [], external: [] };
  page.on('pageerror', (e) => log.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:')) log.external.push(u);
  });
  return log;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: false });
}

// Read when first used, found by the module resolver: the bench loads this file from lib/ and never needs axe.
let axeSource: string | undefined;
const axe = () => (axeSource ??= fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
  html: string[];
}

/**
 * axe-core's serious and critical violations on the page as it is now. The library is evaluated through the
 * debugging protocol (the page's CSP allows no injected script tag, and must not be loosened for a test).
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Colours are judged at rest: no pointer over a button, no transition half way (a button fading into its hover
  // colour fails the contrast check now and then).
  await page.mouse.move(0, 0);
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        // A spinner turns for ever: only what ends is waited for.
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  await page.evaluate(`if (!window.axe) { ${axe()}\n }`);
  // Fluent's focus manager (tabster) puts invisible focus guards around groups; they exist to move focus, not to be
  // read, and axe takes them for hidden focusable content.
  const result = (await page.evaluate(`window.axe.run({ include: [document], exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] })`)) as {
    violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; html: string }[] }[];
  };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')), html: v.nodes.map((n) => n.html.slice(0, 160)) }));
}

/**
 * What runs off the right of the window (tabs, tables, long names): empty when the page fits. Elements inside a
 * scrolling region (a wide comparison table) are that region's business, not the page's.
 */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // Or squeezed: a text of a few words pressed into a column a letter or two wide (a unit's name beside wide badges
    // at 320 px), which runs off nothing but cannot be read.
    const squeezed = [...document.querySelectorAll('body *')]
      .filter((e) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim().length >= 10))
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.width < 60 && r.height > 3 * r.width;
      })
      .map((e) => `${e.tagName.toLowerCase()}.${String(e.className).split(' ')[0]} squeezed ${Math.round(e.getBoundingClientRect().width)} px «${(e.textContent ?? '').slice(0, 40)}»`);
    if (squeezed.length) return squeezed.slice(0, 8);
    if (document.documentElement.scrollWidth <= width + 1) return [];
    return [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 1 && !e.closest('.scroll'))
      .map((e) => `${e.tagName.toLowerCase()}.${String(e.className).split(' ')[0]} ${Math.round(e.getBoundingClientRect().right)} «${(e.textContent ?? '').slice(0, 40)}»`)
      .slice(0, 8);
  });
}
