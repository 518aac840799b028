// What every browser test checks on a page: axe-core's WCAG 2.1 A/AA rules, and full-page
// screenshots under tests/e2e/screenshots/ when run locally (never in CI, never committed).
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export const screenshotDir = join(here, '..', 'e2e', 'screenshots');
export const takeScreenshots = !process.env.CI;

// The WCAG 2.1 A/AA violations on the current page: [{id, help, nodes}].
export async function axeViolations(page) {
  // Evaluated through the DevTools protocol: our CSP rightly refuses inline script tags.
  await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({ id: v.id, help: v.help,
                                           nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, wcagTags);
}

// Saves a full-page screenshot as tests/e2e/screenshots/NAME.png (not in CI).
export async function screenshot(page, name) {
  if (!takeScreenshots) return;
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

// The message catalogue the pages are written from, so a test finds a button by the words a
// user reads in that language: msg('pdsa.create'), msg('pdsa.heading', {n: 1, title: 'x'}).
export function catalogue(lang) {
  const texts = JSON.parse(readFileSync(join(here, '..', '..', 'web', 'messages', `${lang}.json`),
                                        'utf8'));
  return (key, vars = {}) => {
    const text = texts[key];
    if (text === undefined) throw new Error(`no message ${key} in ${lang}.json`);
    return text.replace(/\{\{(\w+)\}\}/g, (_, name) => String(vars[name] ?? ''));
  };
}
