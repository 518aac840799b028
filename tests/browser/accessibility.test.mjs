// WCAG 2.1 A/AA with axe-core on every page reachable from the navigation and the footer,
// in Swedish and English; the keyboard path through the layout; screenshots at 1280 and
// 360 px saved under tests/e2e/screenshots/ when run locally (not in CI).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser } from './browser.mjs';
import { axeViolations, screenshot } from './checks.mjs';
import { startStegvis } from './stegvis-server.mjs';

const binary = process.env.STEGVIS_BINARY;

let server;
let browser;

before(async () => {
  assert.ok(binary, 'set STEGVIS_BINARY to the stegvis binary');
  server = await startStegvis(binary);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

// Same-site page links under `selector` on the current page (no API, static files or
// downloads such as a chart's SVG and CSV).
async function pageLinks(page, selector) {
  const hrefs = await page.$$eval(selector, (links) =>
    links.filter((a) => !a.hasAttribute('download')).map((a) => a.getAttribute('href')));
  const origin = new URL(server.url).origin;
  const paths = [];
  for (const href of hrefs) {
    if (!href || href.startsWith('#')) continue;
    const url = new URL(href, page.url());
    if (url.origin !== origin) continue;
    if (/^\/(api|static)\//.test(url.pathname) || /\.(csv|svg|png|xml)$/.test(url.pathname)) continue;
    paths.push(url.pathname);
  }
  return paths;
}

// A page's pattern: ids and report months ("2026-03") as placeholders.
const pattern = (path) => path.replace(/\/\d{4}-\d{2}(?=\/|$)/g, '/{month}').replace(/\/\d+/g, '/{id}');

// Every page linked from the header navigation and the footer and, for a signed-in user,
// the pages reached from them by following links in the main content up to `depth` steps
// (programme → team → project → measure → cycle). Pages that differ only by an id are the same
// page to axe, so at most two of each pattern are kept; at most `limit` pages in all (a safety
// bound: the demo has fewer, and the admin test names the pages it must reach).
async function linkedPages(page, depth, limit = 150) {
  await page.goto(`${server.url}/`);
  const perPattern = new Map();
  const all = new Set();
  const add = (path) => {
    const key = pattern(path);
    if (all.has(path) || all.size >= limit || (perPattern.get(key) ?? 0) >= 2) return false;
    perPattern.set(key, (perPattern.get(key) ?? 0) + 1);
    all.add(path);
    return true;
  };
  let frontier = ['/', ...(await pageLinks(page, 'header a[href], footer a[href]'))].filter(add);
  for (let step = 0; step < depth && frontier.length; step++) {
    const next = [];
    for (const path of frontier) {
      await page.goto(`${server.url}${path}`);
      for (const p of await pageLinks(page, 'main a[href]')) if (add(p)) next.push(p);
    }
    frontier = next;
  }
  return [...all].sort();
}

// Signs in through the login form with the keyboard alone, as a user would.
async function signInWithKeyboard(page, email, password) {
  await page.goto(`${server.url}/login`);
  await page.focus('#email');
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/login')),
                     page.keyboard.press('Enter')]);
}

async function checkPages(page, paths, lang, who, failures) {
  for (const path of paths) {
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      const response = await page.goto(`${server.url}${path}?lang=${lang}`);
      assert.equal(response.status(), 200, `${path} answered ${response.status()} (${who})`);
      assert.equal(await page.getAttribute('html', 'lang'), lang, `${path} lang attribute`);
      for (const v of await axeViolations(page)) {
        failures.push(`${path} (${who}, ${lang}, ${width} px): ${v.id} – ${v.help} at ${v.nodes.join(', ')}`);
      }
      const name = path === '/' ? 'home' : path.replace(/^\//, '').replace(/\//g, '-');
      await screenshot(page, `${name}-${who}-${lang}-${width}`);
    }
  }
}

// Pages the admin's crawl must reach from the home page, so a page that loses its link (or a
// crawl bound that grows too small) fails here instead of silently leaving axe's view.
const kAdminMustReach = [
  '/', '/program', '/program/{id}', '/team/{id}', '/projekt/{id}', '/matt/{id}',
  '/projekt/{id}/forbattringsteori', '/projekt/{id}/drivkraftsdiagram',
  '/matt/{id}/jamstalldhetsanalys', '/matt/{id}/punkter', '/forandringsideer/{id}',
  '/forandringsideer/{id}/larande', '/mal',
  '/mal/katalog',
  '/mal/katalog/{id}', '/rapport/konsuppdelning', '/enhet/{id}/sjalvskattning',
  '/enhet/{id}/reflektioner', '/reflektioner', '/reflektioner/{id}', '/reflektioner/ny',
  '/program/{id}/andra', '/program/{id}/kalender/{id}', '/program/{id}/oversikt',
  '/projekt/{id}/berattelse', '/projekt/{id}/pgsa', '/pgsa/{id}', '/admin/struktur', '/admin/enheter/{id}', '/admin/anvandare',
  '/admin/anvandare/{id}', '/historik/team/{id}', '/tillganglighet', '/sok',
  '/program/{id}/inbjudningar', '/inbjudningar', '/program/{id}/berattelse', '/enhet/{id}/rapport',
  '/program/{id}/rapporter', '/program/{id}/larandeseminarium/{id}', '/projekt/{id}/manadsrapporter',
  '/projekt/{id}/manadsrapport/{month}',
];

// Tabs from the focused field to the form's save button and presses Enter; returns once the
// page has come back saved (`?sparat`).
async function saveWithKeyboard(page) {
  let onSave = false;
  for (let i = 0; i < 300 && !onSave; i++) {
    await page.keyboard.press('Tab');
    onSave = await page.evaluate(() =>
      document.activeElement?.matches('form.form button[type="submit"]') ?? false);
  }
  assert.ok(onSave, 'Tab reaches the save button');
  await Promise.all([page.waitForURL((url) => url.searchParams.has('sparat')),
                     page.keyboard.press('Enter')]);
}

for (const lang of ['sv', 'en']) {
  describe(`every linked page in ${lang}`, () => {
    test('anonymous: no WCAG 2.1 A/AA violations, at 1280 and 360 px', async () => {
      const context = await browser.newContext({ locale: lang === 'sv' ? 'sv-SE' : 'en-GB' });
      const page = await context.newPage();
      const paths = await linkedPages(page, 0);
      assert.ok(paths.includes('/tillganglighet'), `the accessibility statement is linked: ${paths}`);
      const failures = [];
      await checkPages(page, paths, lang, 'anonymous', failures);
      await context.close();
      assert.deepEqual(failures, [], `accessibility violations:\n${failures.join('\n')}`);
    });

    test('signed in as admin: no WCAG 2.1 A/AA violations, at 1280 and 360 px', async () => {
      const context = await browser.newContext({ locale: lang === 'sv' ? 'sv-SE' : 'en-GB' });
      const page = await context.newPage();
      await signInWithKeyboard(page, 'admin@solvik.example', 'stegvis-demo-2026');
      const paths = await linkedPages(page, 5);
      const patterns = new Set(paths.map(pattern));
      const missing = kAdminMustReach.filter((p) => !patterns.has(p));
      assert.deepEqual(missing, [], `pages the crawl did not reach (found ${paths.length}: ${paths})`);
      const failures = [];
      await checkPages(page, paths, lang, 'admin', failures);
      await context.close();
      assert.deepEqual(failures, [], `accessibility violations:\n${failures.join('\n')}`);
    });
  });
}

describe('keyboard', () => {
  test('the first Tab reaches the skip link, and it moves focus to the main content', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement.getAttribute('href'));
    assert.equal(focused, '#main');
    assert.ok(await page.$eval('.skip-link', (el) => el.getBoundingClientRect().top >= 0),
              'the skip link is visible when focused');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    await context.close();
  });

  test('every link in the header can be reached with Tab and shows a focus outline', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    const expected = await page.$$eval('header a', (links) => links.length);
    const seen = [];
    for (let i = 0; i < expected + 1; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement;
        const style = getComputedStyle(el);
        return { inHeader: !!el.closest('header'), outline: style.outlineStyle,
                 text: el.textContent.trim() };
      });
      if (info.inHeader) {
        assert.notEqual(info.outline, 'none', `${info.text} has no visible focus outline`);
        seen.push(info.text);
      }
    }
    assert.equal(seen.length, expected, `reached ${seen.join(', ')}`);
    await context.close();
  });
});

describe('correcting a self-assessment', () => {
  // The form is reached from a unit with saved assessments, which the crawl's two units per
  // pattern need not be: it is checked here, then used with the keyboard alone.
  test('the form has no WCAG 2.1 A/AA violations at 1280 and 360 px and saves from the keyboard', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await signInWithKeyboard(page, 'chef@solvik.example', 'stegvis-demo-2026');
    const units = await page.$$eval('main a[href$="/sjalvskattning"]', (links) =>
      links.map((a) => a.getAttribute('href')));
    let form = null;
    for (const href of units) {
      await page.goto(`${server.url}${href}`);
      const link = await page.$('main a[href$="/ratta"]');
      form = link && (await link.getAttribute('href'));
      if (form) break;
    }
    assert.ok(form, `a unit with a saved assessment among ${units}`);
    const failures = [];
    // The chef's start page too: its missing reports and new signals are the chef's alone.
    await checkPages(page, ['/', form], 'sv', 'chef', failures);
    assert.deepEqual(failures, [], `accessibility violations:\n${failures.join('\n')}`);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}${form}`);
    await page.focus('#note');
    await page.keyboard.press('End');
    await page.keyboard.type(' Rättad med tangentbordet.');
    await saveWithKeyboard(page);
    assert.ok(await page.$('p.notice[role="status"]'), 'the saved notice');
    await context.close();
  });
});

describe('a sustain plan', () => {
  // The plan is reached from the team member's start page (its alert and next review), which
  // the crawl's two projects per pattern need not reach: checked here, then saved with the
  // keyboard alone.
  test('has no WCAG 2.1 A/AA violations at 1280 and 360 px and saves from the keyboard', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await signInWithKeyboard(page, 'team@solvik.example', 'stegvis-demo-2026');
    const plan = await page.$eval('main a[href$="/vidmakthall"]', (a) => a.getAttribute('href'));
    const failures = [];
    await checkPages(page, [plan], 'sv', 'teammedlem', failures);
    assert.deepEqual(failures, [], `accessibility violations:\n${failures.join('\n')}`);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}${plan}`);
    await page.focus('#standardised');
    await page.keyboard.press('End');
    await page.keyboard.type(' Följs upp på arbetsplatsträffen.');
    await saveWithKeyboard(page);
    assert.ok(await page.$('p.notice[role="status"]'), 'the saved notice');
    await context.close();
  });
});

describe('the improvement story', () => {
  // The story is a document as well as a page: axe at 1280 and 360 px with the team's form
  // open and after a refused save (a summary over the bound, sent past the field's maxlength),
  // and the printed page (print media) without navigation or forms.
  test('has no WCAG 2.1 A/AA violations at 1280 and 360 px, its form open and refused', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await signInWithKeyboard(page, 'team@solvik.example', 'stegvis-demo-2026');
    const team = await page.$eval('main a[href^="/team/"]', (a) => a.getAttribute('href'));
    await page.goto(`${server.url}${team}`);
    const project = await page.$eval('main a[href^="/projekt/"]', (a) => a.getAttribute('href'));
    const failures = [];
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${server.url}${project}/berattelse`);
      assert.ok(await page.$('.story-cycle--abandoned'), 'an abandoned cycle is told');
      await page.$eval('#story-edit-heading + details', (d) => { d.open = true; });
      for (const v of await axeViolations(page)) {
        failures.push(`story (${width} px): ${v.id} – ${v.help} at ${v.nodes.join(', ')}`);
      }
      await screenshot(page, `story-team-sv-${width}`);
      await page.$eval('#summary', (t) => { t.removeAttribute('maxlength'); });
      await page.fill('#summary', 's'.repeat(4001));
      await Promise.all([page.waitForLoadState('load'),
                         page.click('form[action$="/berattelse"] button[type="submit"]')]);
      assert.equal(await page.getAttribute('#summary', 'aria-invalid'), 'true');
      for (const v of await axeViolations(page)) {
        failures.push(`story refused (${width} px): ${v.id} – ${v.help} at ${v.nodes.join(', ')}`);
      }
    }
    // The same story as a Word document, from the page's link.
    await page.goto(`${server.url}${project}/berattelse`);
    const [download] = await Promise.all([page.waitForEvent('download'),
                                          page.click('a[href$="/story.docx"]')]);
    assert.match(download.suggestedFilename(), /^berattelse-[a-z0-9-]+\.docx$/);
    assert.equal(await download.failure(), null, 'the document downloads');
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${server.url}${project}/berattelse`);
    assert.equal(await page.isVisible('.site-header'), false, 'no navigation in print');
    assert.equal(await page.isVisible('a[href$="/story.docx"]'), false, 'no download in print');
    assert.equal(await page.isVisible('#story-edit-heading'), false, 'no form in print');
    assert.equal(await page.isVisible('.story-footer'), true, 'the footer with the date');
    await screenshot(page, 'story-team-sv-print');
    await context.close();
    assert.deepEqual(failures, [], `accessibility violations:\n${failures.join('\n')}`);
  });
});

describe('the report to the nämnd', () => {
  // The politician reaches the report from the start page; axe at 1280 and 360 px, the period
  // picker used with the keyboard alone, and the printed page without navigation or forms.
  test('has no WCAG 2.1 A/AA violations at 1280 and 360 px and its period is chosen by keyboard', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await signInWithKeyboard(page, 'politiker@solvik.example', 'stegvis-demo-2026');
    const report = await page.locator('main a[href$="/rapport"]', { hasText: 'Vård- och omsorgsnämnden' })
      .getAttribute('href');
    const failures = [];
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${server.url}${report}?period=2026-T2`);
      assert.ok(await page.$('.report-chart svg'), 'a chart of a measure with a new signal');
      for (const v of await axeViolations(page)) {
        failures.push(`report (${width} px): ${v.id} – ${v.help} at ${v.nodes.join(', ')}`);
      }
      await screenshot(page, `report-politiker-sv-${width}`);
    }
    await page.focus('#period');
    await page.keyboard.press('ArrowDown');
    const chosen = await page.$eval('#period', (s) => s.value);
    await page.keyboard.press('Tab');
    await Promise.all([page.waitForURL((url) => url.searchParams.get('period') === chosen),
                       page.keyboard.press('Enter')]);
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${server.url}${report}?period=2026-T2`);
    assert.equal(await page.isVisible('.site-header'), false, 'no navigation in print');
    assert.equal(await page.isVisible('.report-picker'), false, 'no form in print');
    assert.equal(await page.isVisible('.story-footer'), true, 'the footer with the date');
    await screenshot(page, 'report-politiker-sv-print');
    await context.close();
    assert.deepEqual(failures, [], `accessibility violations:\n${failures.join('\n')}`);
  });
});

describe('publishing a story', () => {
  // The chef's preview with its form, and the public page in a fresh browser without login:
  // no WCAG 2.1 A/AA violations at 1280 and 360 px; after unpublishing the address is 404.
  test('the preview and the public page have no violations, and unpublishing ends the page', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await signInWithKeyboard(page, 'chef@solvik.example', 'stegvis-demo-2026');
    const team = await page.$eval('main a[href^="/team/"]:has-text("Trygg hemgång")',
                                  (a) => a.getAttribute('href'));
    await page.goto(`${server.url}${team}`);
    const project = await page.$eval('main a[href^="/projekt/"]', (a) => a.getAttribute('href'));
    await page.goto(`${server.url}${project}/berattelse`);
    await Promise.all([page.waitForLoadState('load'), page.click(`a[href="${project}/publicera"]`)]);
    const failures = [];
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${server.url}${project}/publicera`);
      for (const v of await axeViolations(page)) {
        failures.push(`preview (${width} px): ${v.id} – ${v.help} at ${v.nodes.join(', ')}`);
      }
      await screenshot(page, `publication-preview-sv-${width}`);
    }
    await Promise.all([page.waitForLoadState('load'),
                       page.click(`form[action="${project}/publicera"] button[type="submit"]`)]);
    const url = await page.$eval('a[href^="/publicerat/"]', (a) => a.getAttribute('href'));
    const visitor = await browser.newContext({ locale: 'sv-SE' });
    const pub = await visitor.newPage();
    for (const width of [1280, 360]) {
      await pub.setViewportSize({ width, height: 900 });
      const response = await pub.goto(`${server.url}${url}`);
      assert.equal(response.status(), 200);
      assert.ok(await pub.$('a[href="/tillganglighet"]'), 'the accessibility statement is linked');
      for (const v of await axeViolations(pub)) {
        failures.push(`public page (${width} px): ${v.id} – ${v.help} at ${v.nodes.join(', ')}`);
      }
      await screenshot(pub, `publication-public-sv-${width}`);
    }
    await Promise.all([page.waitForLoadState('load'),
                       page.click(`form[action="${project}/avpublicera"] button[type="submit"]`)]);
    assert.equal((await pub.goto(`${server.url}${url}`)).status(), 404);
    await visitor.close();
    await context.close();
    assert.deepEqual(failures, [], `accessibility violations:\n${failures.join('\n')}`);
  });
});

describe('a form with several mistakes', () => {
  // The project form sent with three wrong fields comes back naming all three at once: the
  // summary is announced (role=alert) and links to each field, each field is described by its
  // own error, what was typed is kept, and the page still has no WCAG 2.1 A/AA violations.
  test('the project form names every wrong field, linked and announced, at 1280 and 360 px', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await signInWithKeyboard(page, 'team@solvik.example', 'stegvis-demo-2026');
    const team = await page.$eval('main a[href^="/team/"]', (a) => a.getAttribute('href'));
    await page.goto(`${server.url}${team}`);
    const project = await page.$eval('main a[href^="/projekt/"]', (a) => a.getAttribute('href'));
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${server.url}${project}`);
      await page.$eval('#edit-heading + details', (d) => { d.open = true; });
      await page.fill('#title', '');
      await page.fill('#problem', 'p'.repeat(4001));
      await page.fill('#aim_for_whom', 'k'.repeat(4001));
      await Promise.all([page.waitForLoadState('load'),
                         page.click('form[action$="' + project + '"] button[type="submit"]')]);
      const summary = await page.$('.error-summary[role="alert"]');
      assert.ok(summary, 'an announced error summary');
      const links = await summary.$$eval('a', (as) => as.map((a) => a.getAttribute('href')));
      assert.deepEqual(links, ['#title', '#problem', '#aim_for_whom']);
      for (const id of ['title', 'problem', 'aim_for_whom']) {
        assert.equal(await page.getAttribute(`#${id}`, 'aria-invalid'), 'true', id);
        const described = await page.getAttribute(`#${id}`, 'aria-describedby');
        assert.ok(await page.$(`#${described}.field-error`), `${id} is described by its error`);
      }
      assert.equal((await page.inputValue('#problem')).length, 4001, 'what was typed is kept');
      // The keyboard reaches the summary's links from the top of the page.
      let onLink = false;
      for (let i = 0; i < 100 && !onLink; i++) {
        await page.keyboard.press('Tab');
        onLink = await page.evaluate(() =>
          document.activeElement?.matches('.error-summary a[href="#title"]') ?? false);
      }
      assert.ok(onLink, 'Tab reaches the first error in the summary');
      const failures = (await axeViolations(page)).map(
          (v) => `${project} refused (${width} px): ${v.id} – ${v.help} at ${v.nodes.join(', ')}`);
      assert.deepEqual(failures, [], `accessibility violations:\n${failures.join('\n')}`);
      await screenshot(page, `project-form-errors-sv-${width}`);
    }
    await context.close();
  });
});

describe('setting a programme up', () => {
  // The strategist's forms: the programme's own fields and a calendar entry, each checked with
  // axe empty and with every error shown, at 1280 and 360 px, and used with the keyboard alone.
  test('the forms have no WCAG 2.1 A/AA violations, with their errors too, and work from the keyboard', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await signInWithKeyboard(page, 'strateg@solvik.example', 'stegvis-demo-2026');
    await page.goto(`${server.url}/program`);
    const programme = await page.$eval('main .card-list a', (a) => a.getAttribute('href'));
    await page.goto(`${server.url}${programme}`);
    const entry = await page.$eval('main .calendar a', (a) => a.getAttribute('href'));
    const failures = [];
    await checkPages(page, [`${programme}/andra`, entry], 'sv', 'strateg', failures);
    // Several mistakes at once, typed and sent with the keyboard.
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${server.url}${programme}/andra`);
      await page.focus('#name');
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.focus('#ends_on');
      await page.fill('#ends_on', '2020-01-01');
      await page.focus('#theme');
      await Promise.all([page.waitForURL((url) => url.pathname === programme),
                         page.keyboard.press('Enter')]);
      const errors = await page.$$eval('.error-summary li', (items) => items.length);
      assert.equal(errors, 2, 'the missing name and the end before the start, named at once');
      for (const v of await axeViolations(page)) {
        failures.push(`edit form with errors (${width} px): ${v.id} – ${v.help} at ${v.nodes.join(', ')}`);
      }
      await screenshot(page, `programme-edit-errors-strateg-sv-${width}`);
    }
    assert.deepEqual(failures, [], `accessibility violations:\n${failures.join('\n')}`);
    // Moving the entry with the keyboard: a new title, then Tab to the save button.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}${entry}`);
    await page.focus('#title');
    await page.keyboard.press('End');
    await page.keyboard.type(' (flyttat)');
    let onSave = false;
    for (let i = 0; i < 50 && !onSave; i++) {
      await page.keyboard.press('Tab');
      onSave = await page.evaluate(() =>
        document.activeElement?.matches('form.form button[type="submit"]:not(.button--danger)') ?? false);
    }
    assert.ok(onSave, 'Tab reaches the save button');
    await Promise.all([page.waitForURL((url) => url.searchParams.has('sparat')),
                       page.keyboard.press('Enter')]);
    assert.ok(await page.$('text=(flyttat)'), 'the moved entry is on the calendar');
    await context.close();
  });
});

describe('common measures of a programme', () => {
  // The strategist's form for a common measure definition (new, with every error shown, and
  // editing one) and the team's page that adopts definitions: axe at 1280 and 360 px, and the
  // adoption done with the keyboard alone.
  test('the forms have no WCAG 2.1 A/AA violations, with their errors too, and adopting works from the keyboard', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await signInWithKeyboard(page, 'strateg@solvik.example', 'stegvis-demo-2026');
    await page.goto(`${server.url}/program`);
    const programme = await page.$eval('main .card-list a', (a) => a.getAttribute('href'));
    await page.goto(`${server.url}${programme}`);
    const definition = await page.$eval('main .definitions a', (a) => a.getAttribute('href'));
    const failures = [];
    await checkPages(page, [`${programme}/matt/ny`, definition], 'sv', 'strateg', failures);
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${server.url}${programme}/matt/ny`);
      await page.check('#grouping-none');
      await page.fill('#target', 'många');
      await page.focus('#name');
      await Promise.all([page.waitForURL((url) => url.pathname === `${programme}/matt`),
                         page.keyboard.press('Enter')]);
      const errors = await page.$$eval('.error-summary li', (items) => items.length);
      assert.equal(errors, 3, 'the name, the reason for not splitting by sex and the target, at once');
      for (const v of await axeViolations(page)) {
        failures.push(`definition form with errors (${width} px): ${v.id} – ${v.help} at ${v.nodes.join(', ')}`);
      }
      await screenshot(page, `definition-errors-strateg-sv-${width}`);
    }
    // A new definition the team has not adopted yet.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}${programme}/matt/ny`);
    await page.fill('#name', 'Hembesök i tid');
    await page.fill('#definition', 'Andel hembesök som börjar inom 15 minuter från avtalad tid');
    await Promise.all([page.waitForURL((url) => url.searchParams.has('sparat')),
                       page.click('form.form button[type="submit"]')]);
    await context.close();

    const team = await browser.newContext({ locale: 'sv-SE' });
    const member = await team.newPage();
    await signInWithKeyboard(member, 'team@solvik.example', 'stegvis-demo-2026');
    await member.goto(`${server.url}/`);
    const teamPage = await member.$eval('main a[href^="/team/"]', (a) => a.getAttribute('href'));
    await member.goto(`${server.url}${teamPage}`);
    const project = await member.$eval('main a[href^="/projekt/"]', (a) => a.getAttribute('href'))
        .catch(() => null);
    assert.ok(project, 'the team member reaches the project from the team page');
    await checkPages(member, [`${project}/gemensamma-matt`], 'sv', 'teammedlem', failures);
    await member.setViewportSize({ width: 1280, height: 900 });
    await member.goto(`${server.url}${project}/gemensamma-matt`);
    let onBox = false;
    for (let i = 0; i < 60 && !onBox; i++) {
      await member.keyboard.press('Tab');
      onBox = await member.evaluate(() =>
        document.activeElement?.matches('input[name="definition_id"]') ?? false);
    }
    assert.ok(onBox, 'Tab reaches the first definition');
    await member.keyboard.press('Space');
    let onSubmit = false;
    for (let i = 0; i < 10 && !onSubmit; i++) {
      await member.keyboard.press('Tab');
      onSubmit = await member.evaluate(() =>
        document.activeElement?.matches('form.form button[type="submit"]') ?? false);
    }
    assert.ok(onSubmit, 'Tab reaches the adopt button');
    await Promise.all([member.waitForURL((url) => url.searchParams.has('sparat')),
                       member.keyboard.press('Enter')]);
    assert.ok(await member.$('text=Hembesök i tid'), 'the adopted measure is on the project page');
    await team.close();
    assert.deepEqual(failures, [], `accessibility violations:\n${failures.join('\n')}`);
  });
});

describe("choosing a measure's rules", () => {
  // The rule set and the frozen baseline on the measure's definition form: chosen and saved
  // with the keyboard alone, the page then saying which rules it used; a baseline out of
  // bounds refused with its error, checked with axe at 1280 and 360 px.
  test('the rules and baseline are chosen from the keyboard, and a refusal has no WCAG 2.1 A/AA violations', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await signInWithKeyboard(page, 'team@solvik.example', 'stegvis-demo-2026');
    await page.goto(`${server.url}/`);
    await page.goto(`${server.url}${await page.getAttribute('main a[href^="/team/"]', 'href')}`);
    await page.goto(`${server.url}${await page.getAttribute('main a[href^="/projekt/"]', 'href')}`);
    const measure = await page.getAttribute('main a[href^="/matt/"]', 'href');
    await page.goto(`${server.url}${measure}`);
    // Open the definition form and choose IHI and a baseline of 12 points.
    await page.focus('#edit-measure summary');
    await page.keyboard.press('Enter');
    await page.focus('#e_rule_set');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.inputValue('#e_rule_set'), 'ihi', 'the arrow key chose IHI');
    await page.focus('#e_baseline_points');
    await page.keyboard.type('12');
    await Promise.all([page.waitForURL((url) => url.searchParams.has('sparat')),
                       page.keyboard.press('Enter')]);
    assert.ok(await page.$('text=Signalerna följer IHI:s regler'), 'the page names the rules');
    const failures = [];
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${server.url}${measure}`);
      await screenshot(page, `measure-rules-team-sv-${width}`);
      await page.focus('#edit-measure summary');
      await page.keyboard.press('Enter');
      await page.focus('#e_baseline_points');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('5');
      // The refusal answers at the same address: wait for the navigation itself.
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      const links = await page.$$eval('.error-summary a', (as) => as.map((a) => a.getAttribute('href')));
      assert.deepEqual(links, ['#e_baseline_points']);
      assert.equal(await page.getAttribute('#e_baseline_points', 'aria-invalid'), 'true');
      assert.equal(await page.inputValue('#e_baseline_points'), '5', 'what was typed is kept');
      for (const v of await axeViolations(page)) {
        failures.push(`measure form refused (${width} px): ${v.id} – ${v.help} at ${v.nodes.join(', ')}`);
      }
      await screenshot(page, `measure-rules-errors-team-sv-${width}`);
    }
    assert.deepEqual(failures, [], `accessibility violations:\n${failures.join('\n')}`);
    await context.close();
  });
});

describe('phones and wide screens', () => {
  // At 360 px the 800 px chart was scaled to 5 px text. Each chart on the measure page comes
  // in a narrow drawing too; on a phone only that one shows, at about its own size.
  test('a measure page at 360 px shows the narrow charts with text of 12 px or more', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await signInWithKeyboard(page, 'team@solvik.example', 'stegvis-demo-2026');
    await page.setViewportSize({ width: 360, height: 900 });
    // The team's first project, and its first measure with data, as a team member clicks.
    await page.goto(`${server.url}/`);
    await page.goto(`${server.url}${await page.getAttribute('main a[href^="/team/"]', 'href')}`);
    await page.goto(`${server.url}${await page.getAttribute('main a[href^="/projekt/"]', 'href')}`);
    const measures = await page.$$eval('main a[href^="/matt/"]', (links) =>
      links.map((a) => a.getAttribute('href')));
    let found = false;
    for (const href of measures) {
      const response = await page.goto(`${server.url}${href}`);
      assert.equal(response.status(), 200, href);
      if (await page.$('figure.chart svg')) { found = true; break; }
    }
    assert.ok(found, `a measure with a chart among ${measures}`);
    const charts = await page.$$eval('figure.chart svg', (svgs) => svgs.map((svg) => ({
      kind: svg.getAttribute('class'),
      shown: getComputedStyle(svg).display !== 'none',
      scale: svg.getBoundingClientRect().width / svg.viewBox.baseVal.width,
      right: svg.getBoundingClientRect().right,
    })));
    assert.ok(charts.some((c) => c.kind === 'chart-narrow'), 'the page has narrow charts');
    for (const c of charts) {
      assert.equal(c.shown, c.kind === 'chart-narrow', `${c.kind} shown: ${c.shown}`);
      if (!c.shown) continue;
      assert.ok(13 * c.scale >= 12, `chart text is ${(13 * c.scale).toFixed(1)} px`);
      assert.ok(c.right <= 360, `the chart ends at ${c.right} px`);
    }
    await screenshot(page, 'measure-team-sv-360');
    await context.close();
  });

  test("the admin's header at 1280 px: the navigation is one row, the name apart from Logga ut", async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await signInWithKeyboard(page, 'admin@solvik.example', 'stegvis-demo-2026');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/`);
    const tops = await page.$$eval('.site-nav li', (items) =>
      items.map((li) => Math.round(li.getBoundingClientRect().top)));
    assert.equal(new Set(tops).size, 1, `navigation rows at ${tops}`);
    // The brand, the name with Logga ut, and the language share the row above it.
    const middles = await page.$$eval('.brand, .signed-in, .lang-switch', (els) =>
      els.map((el) => { const r = el.getBoundingClientRect(); return (r.top + r.bottom) / 2; }));
    assert.ok(Math.max(...middles) - Math.min(...middles) < 12, `first row at ${middles}`);
    assert.ok(Math.min(...tops) > Math.max(...middles), 'the navigation is under the first row');
    const name = await page.$eval('.signed-in__name', (el) => el.getBoundingClientRect().right);
    const logout = await page.$eval('.signed-in button', (el) => el.getBoundingClientRect().left);
    assert.ok(logout - name >= 12, `${logout - name} px between the name and Logga ut`);
    await screenshot(page, 'header-admin-sv-1280');
    await context.close();
  });
});

describe('personal API tokens', () => {
  // Made, shown once and revoked with the keyboard alone; the page with the new secret and
  // with the revoke confirmation open has no WCAG 2.1 A/AA violations at 1280 and 360 px.
  test('a token is made, shown once and revoked from the keyboard, without axe violations', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await signInWithKeyboard(page, 'team@solvik.example', 'stegvis-demo-2026');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/konto/api-nycklar`);
    await page.focus('#name');
    await page.keyboard.type('Kalkylarket');
    await page.keyboard.press('Tab');  // the validity
    await page.keyboard.press('Tab');  // may also write
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => document.activeElement?.matches('button[type="submit"]')),
              'Tab reaches the create button');
    await Promise.all([page.waitForSelector('#new-token'), page.keyboard.press('Enter')]);
    const secret = await page.inputValue('#new-token');
    assert.match(secret, /^stegvis_pat_[0-9a-f]{64}$/);
    const failures = [];
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      for (const v of await axeViolations(page)) {
        failures.push(`new token (${width} px): ${v.id} – ${v.help} at ${v.nodes.join(', ')}`);
      }
      await screenshot(page, `api-tokens-new-teammedlem-sv-${width}`);
    }
    // Revoking: open the confirmation, then confirm, with the keyboard.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/konto/api-nycklar`);
    assert.equal(await page.$('#new-token'), null, 'the secret is shown only once');
    await page.focus('details summary');
    await page.keyboard.press('Enter');
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      for (const v of await axeViolations(page)) {
        failures.push(`revoke (${width} px): ${v.id} – ${v.help} at ${v.nodes.join(', ')}`);
      }
      await screenshot(page, `api-tokens-revoke-teammedlem-sv-${width}`);
    }
    assert.deepEqual(failures, [], `accessibility violations:\n${failures.join('\n')}`);
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => document.activeElement?.matches('details form button')),
              'Tab reaches the confirmation');
    await Promise.all([page.waitForURL((url) => url.searchParams.has('aterkallad')),
                       page.keyboard.press('Enter')]);
    assert.ok(await page.$('p.notice[role="status"]'), 'the revoked notice');
    await context.close();
  });
});

describe('search', () => {
  // The form and a page of results with marked words: axe at 1280 and 360 px in both
  // languages; the search field is reached from the keyboard, a query is sent with Enter and
  // Tab then reaches the first result's link.
  test('no WCAG 2.1 A/AA violations, and a search is made and its results reached from the keyboard', async () => {
    const failures = [];
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await signInWithKeyboard(page, 'team@solvik.example', 'stegvis-demo-2026');
    for (const lang of ['sv', 'en']) {
      await checkPages(page, ['/sok', '/sok?q=kontaktperson'], lang, 'teammedlem', failures);
    }
    await page.goto(`${server.url}/sok?lang=sv`);
    let onField = false;
    for (let i = 0; i < 40 && !onField; i++) {
      await page.keyboard.press('Tab');
      onField = await page.evaluate(() => document.activeElement?.id === 'q');
    }
    assert.ok(onField, 'Tab reaches the search field');
    await page.keyboard.type('kontaktperson');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.ok(await page.$('.search-result mark'), 'the matching words are marked');
    let onResult = false;
    for (let i = 0; i < 40 && !onResult; i++) {
      await page.keyboard.press('Tab');
      onResult = await page.evaluate(() => !!document.activeElement?.closest('.search-result__title'));
    }
    assert.ok(onResult, 'Tab reaches the first result');
    await context.close();
    assert.deepEqual(failures, [], `accessibility violations:\n${failures.join('\n')}`);
  });
});

describe('the programme dashboard', () => {
  // The teams × common measures table with its icons in words and the funnel plots: axe at
  // 1280 and 360 px in both languages, for the host's strategist and a guest organisation's
  // admin; the table's scrolling region and the filter form reached with the keyboard.
  test('no WCAG 2.1 A/AA violations, and the table and filters are reached from the keyboard', async () => {
    const failures = [];
    for (const [email, who] of [['strateg@solvik.example', 'strateg'], ['admin@norrby.example', 'norrby']]) {
      const context = await browser.newContext({ locale: 'sv-SE' });
      const page = await context.newPage();
      await signInWithKeyboard(page, email, 'stegvis-demo-2026');
      await page.goto(`${server.url}/program`);
      const programme = await page.$eval('main .card-list a', (a) => a.getAttribute('href'));
      for (const lang of ['sv', 'en']) {
        await checkPages(page, [`${programme}/oversikt`, `${programme}/berattelse`], lang, who, failures);
      }
      await page.setViewportSize({ width: 360, height: 900 });
      await page.goto(`${server.url}${programme}/oversikt?lang=sv`);
      const reached = new Set();
      for (let i = 0; i < 60 && reached.size < 3; i++) {
        await page.keyboard.press('Tab');
        const what = await page.evaluate(() => {
          const e = document.activeElement;
          if (e?.matches('.table-wrap[role="region"]')) return 'table';
          if (e?.id === 'sortera' || e?.id === 'signal') return e.id;
          return '';
        });
        if (what) reached.add(what);
      }
      assert.deepEqual([...reached].sort(), ['signal', 'sortera', 'table'], `${who}: Tab reaches them`);
      const scrolls = await page.$eval('.table-wrap', (e) => e.scrollWidth > e.clientWidth);
      assert.ok(scrolls, 'at 360 px the table scrolls in its own region, not the page');
      const pageScrolls = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      assert.ok(!pageScrolls, 'the page itself does not scroll sideways');
      await context.close();
    }
    assert.deepEqual(failures, [], `accessibility violations:\n${failures.join('\n')}`);
  });
});

describe('e-mail reminders', () => {
  // The setting is turned off and on again with the keyboard alone; the page, with and
  // without the saved notice, has no WCAG 2.1 A/AA violations at 1280 and 360 px.
  test('reminders are turned off from the keyboard, without axe violations', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await signInWithKeyboard(page, 'team@solvik.example', 'stegvis-demo-2026');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/konto/paminnelser`);
    assert.ok(await page.isChecked('#email_reminders'), 'on unless turned off');
    await page.focus('#email_reminders');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => document.activeElement?.matches('button[type="submit"]')),
              'Tab reaches the save button');
    await Promise.all([page.waitForURL((url) => url.searchParams.has('sparad')),
                       page.keyboard.press('Enter')]);
    assert.ok(await page.$('p.notice[role="status"]'), 'the saved notice');
    assert.equal(await page.isChecked('#email_reminders'), false, 'saved as off');
    const failures = [];
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      for (const v of await axeViolations(page)) {
        failures.push(`reminders (${width} px): ${v.id} – ${v.help} at ${v.nodes.join(', ')}`);
      }
      await screenshot(page, `reminders-teammedlem-sv-${width}`);
    }
    assert.deepEqual(failures, [], `accessibility violations:\n${failures.join('\n')}`);
    await context.close();
  });
});

describe('changing a change idea', () => {
  // The team renames its own idea, is refused an empty title, retires the idea and reinstates
  // it, all with the keyboard alone; the page has no WCAG 2.1 A/AA violations at 1280 and
  // 360 px with the form, with its refusal and with the idea retired.
  test('an idea is renamed, refused, retired and reinstated from the keyboard, without axe violations', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await signInWithKeyboard(page, 'team@solvik.example', 'stegvis-demo-2026');
    const team = await page.$eval('main a[href^="/team/"]:has-text("Trygg hemgång")',
                                  (a) => a.getAttribute('href'));
    await page.goto(`${server.url}${team}`);
    const project = await page.$eval('main a[href^="/projekt/"]', (a) => a.getAttribute('href'));
    // The team's own idea, added from its form: the new idea's page opens.
    await page.goto(`${server.url}${project}/pgsa`);
    await page.focus('#idea_title');
    await page.keyboard.type('Ringa dagen efter hemkomsten');
    await page.locator('button:has-text("Lägg till idén")').focus();
    await Promise.all([page.waitForURL(/\/forandringsideer\/\d+$/), page.keyboard.press('Enter')]);
    const idea = new URL(page.url()).pathname;
    const before = await page.inputValue('#title');
    assert.equal(before, 'Ringa dagen efter hemkomsten');
    const failures = [];
    const check = async (state) => {
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 900 });
        for (const v of await axeViolations(page)) {
          failures.push(`idea ${state} (${width} px): ${v.id} – ${v.help} at ${v.nodes.join(', ')}`);
        }
        await screenshot(page, `change-idea-${state}-teammedlem-sv-${width}`);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
    };
    await check('form');
    // Renamed: the field is emptied and typed into, Tab leads through the description to Save.
    const submitWithEnter = async (focused, waitFor) => {
      await page.focus(focused);
      await Promise.all([page.waitForLoadState('load'), waitFor(), page.keyboard.press('Enter')]);
    };
    await page.focus('#title');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(`${before} i två steg`);
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => document.activeElement?.id === 'description'));
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Spara idén');
    await Promise.all([page.waitForURL((url) => url.searchParams.has('sparat')),
                       page.keyboard.press('Enter')]);
    assert.equal(await page.textContent('h1'), `${before} i två steg`);
    assert.ok(await page.$('p.notice[role="status"]:has-text("Idén är sparad.")'));
    // Refused: an empty title is named in the summary and beside the field.
    await page.focus('#title');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await submitWithEnter('#title', () => page.waitForSelector('.error-summary'));
    assert.equal(await page.getAttribute('#title', 'aria-invalid'), 'true');
    await check('refused');
    // Retired from its button, then reinstated.
    await page.goto(`${server.url}${idea}`);
    const retire = page.locator('button:has-text("Avveckla idén")');
    await retire.focus();
    await Promise.all([page.waitForURL((url) => url.searchParams.has('avvecklad')),
                       page.keyboard.press('Enter')]);
    assert.ok(await page.$('p.notice[role="status"]:has-text("Idén är avvecklad.")'));
    await check('retired');
    await page.goto(`${server.url}${project}/pgsa`);
    assert.equal(await page.$(`#change_idea_id option[value="${idea.split('/').pop()}"]`), null,
                 'the new cycle form does not offer a retired idea');
    await page.goto(`${server.url}${idea}`);
    await page.locator('button:has-text("Återinför idén")').focus();
    await Promise.all([page.waitForURL((url) => url.searchParams.has('avvecklad')),
                       page.keyboard.press('Enter')]);
    assert.ok(await page.$('p.notice[role="status"]:has-text("Idén är återinförd.")'));
    assert.deepEqual(failures, [], `accessibility violations:\n${failures.join('\n')}`);
    await context.close();
  });
});
