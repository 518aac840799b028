// Importing a measure's values from a file, in Swedish with the keyboard: a Swedish Excel
// file (Windows-1252, ';', decimal comma) with one bad cell is refused and the cell named;
// the corrected file is read, saved, and the measure's page shows its chart and gives the
// values back as an Excel workbook, which imports again as it is. A Kolada file fills a yearly
// measure, and the measure's page names Kolada as its source. The import page with the
// problem, with the file ready to save and with a Kolada file has no WCAG 2.1 A/AA violations
// at 1280 and 360 px. A long table fills two measures of the project at once from the
// project's import page, with the same checks: its preview with a problem and ready to save
// have no violations either; nor has the form that tells the import what the columns of a
// file with its own headings hold, which the measure (or, for a long table, the project) then
// remembers for its next file.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { launchBrowser } from './browser.mjs';
import { axeViolations, catalogue, screenshot } from './checks.mjs';
import { startStegvis } from './stegvis-server.mjs';

const binary = process.env.STEGVIS_BINARY;
const koladaDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'kolada');
const msg = catalogue('sv');

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

// Twelve months of falls for women and men, as Excel in Swedish saves "CSV
// (semikolonavgränsad)": Windows-1252 ("Män"), ';', CRLF. `bad` puts 2,5 falls in May.
function excelFile(bad) {
  const lines = ['Period;Kvinnor;Män;Totalt'];
  const women = [6, 5, 7, 6, 5, 4, 3, 3, 2, 3, 2, 2];
  const men = [4, 4, 5, 3, 4, 3, 3, 2, 2, 1, 2, 1];
  for (let m = 0; m < 12; m++) {
    const w = bad && m === 4 ? '2,5' : String(women[m]);
    const total = bad && m === 4 ? '6,5' : String(women[m] + men[m]);
    lines.push(`2026-${String(m + 1).padStart(2, '0')};${w};${men[m]};${total}`);
  }
  return { name: 'fall-2026.csv', mimeType: 'text/csv',
           buffer: Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1') };
}

// Tab, or Shift+Tab when it lies before the focus, until `selector` has focus, as a keyboard
// user reaches it.
async function tabTo(page, selector) {
  const target = await page.locator(selector).elementHandle();
  for (let presses = 0; presses < 200; presses++) {
    const where = await page.evaluate((t) => {
      const active = document.activeElement;
      if (active === t) return 0;
      if (!active || active === document.body) return 1;
      return active.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING ? 1 : -1;
    }, target);
    if (where === 0) return;
    await page.keyboard.press(where > 0 ? 'Tab' : 'Shift+Tab');
  }
  assert.fail(`${selector} cannot be reached with Tab on ${page.url()}`);
}

// Chooses the file in the form's file input (reached with Tab) and sends the form with Enter.
async function upload(page, file) {
  await tabTo(page, 'input[type="file"][name="fil"]');
  await page.setInputFiles('input[type="file"][name="fil"]', file);
  await tabTo(page, 'form[enctype="multipart/form-data"] button[type="submit"]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.match(page.url(), /\/import\/\d+$/, 'the preview of the file');
}

// A team member signed in (in Swedish) on the team's first project page.
async function openProject() {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(15000);
  const page = await context.newPage();
  await page.goto(`${server.url}/login`);
  await page.fill('#email', 'team@solvik.example');
  await page.fill('#password', 'stegvis-demo-2026');
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/login')),
                     page.keyboard.press('Enter')]);
  await page.goto(`${server.url}${await page.getAttribute('main a[href^="/team/"]', 'href')}`);
  await page.goto(`${server.url}${await page.getAttribute('main a[href^="/projekt/"]', 'href')}`);
  return { context, page };
}

// Adds a measure of `dataType` named `name` on the project page; returns its id.
async function addMeasure(page, name, dataType, frequency) {
  await page.locator('summary', { hasText: msg('project.add_measure') }).click();
  await page.fill('#m_name', name);
  await page.selectOption('#m_data_type', dataType);
  if (frequency) await page.selectOption('#m_frequency', frequency);
  await Promise.all([page.waitForURL(/\/matt\/\d+$/),
                     page.locator('form[action$="/matt"] button[type="submit"]').click()]);
  return page.url().match(/\/matt\/(\d+)$/)[1];
}

async function axeAtBothWidths(page, what, failures) {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    for (const v of await axeViolations(page)) {
      failures.push(`${what} (${width} px): ${v.id} – ${v.help} at ${v.nodes.join(', ')}`);
    }
    await screenshot(page, `import-${what}-teammedlem-sv-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('a bad cell is refused and named, the fixed file is saved and the chart shows', async () => {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(15000);
  const page = await context.newPage();
  await page.goto(`${server.url}/login`);
  await page.focus('#email');
  await page.keyboard.type('team@solvik.example');
  await page.keyboard.press('Tab');
  await page.keyboard.type('stegvis-demo-2026');
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/login')),
                     page.keyboard.press('Enter')]);
  await page.goto(`${server.url}${await page.getAttribute('main a[href^="/team/"]', 'href')}`);
  await page.goto(`${server.url}${await page.getAttribute('main a[href^="/projekt/"]', 'href')}`);
  // A new measure: a monthly count of falls, women and men.
  await page.locator('summary', { hasText: msg('project.add_measure') }).click();
  await page.fill('#m_name', 'Fall på natten');
  await page.selectOption('#m_data_type', 'count');
  await Promise.all([page.waitForURL(/\/matt\/\d+$/),
                     page.locator('form[action$="/matt"] button[type="submit"]').click()]);
  const measureUrl = page.url();

  // The import, opened and sent with the keyboard.
  await tabTo(page, '#import summary');
  await page.keyboard.press('Enter');
  await upload(page, excelFile(true));
  const problems = await page.locator('main .error-summary li').allInnerTexts();
  assert.ok(problems.some((p) => p.startsWith('Rad 6, kolumn B (Kvinnor): ”2,5”')),
            `the bad cell is named by row and column: ${problems.join(' | ')}`);
  assert.equal(await page.locator('form[action$="/spara"]').count(), 0,
               'no button saves a file with a problem');
  const failures = [];
  await axeAtBothWidths(page, 'problem', failures);

  // The corrected file, from the import page's own form.
  await upload(page, excelFile(false));
  assert.deepEqual(await page.locator('main .error-summary').allInnerTexts(), [], 'no problem is left');
  assert.equal(await page.locator('main table tbody tr').count(), 12, 'every row as read');
  await axeAtBothWidths(page, 'ready', failures);
  assert.deepEqual(failures, [], `accessibility violations:\n${failures.join('\n')}`);
  await tabTo(page, 'form[action$="/spara"] button');
  await Promise.all([page.waitForURL((url) => url.searchParams.has('sparat')),
                     page.keyboard.press('Enter')]);
  assert.equal(page.url().split('?')[0], measureUrl, 'back on the measure');
  assert.ok(await page.locator('main figure.chart svg').count() >= 1, 'the chart is drawn');
  assert.equal(await page.inputValue('input[name="v.2026-05.women"]'), '5', 'the values are in the grid');
  await screenshot(page, 'import-saved-measure-teammedlem-sv-1280');

  // The values go out again as an Excel workbook, downloaded with the keyboard.
  await tabTo(page, 'main a[href$="/data.xlsx"]');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.match(download.suggestedFilename(), /^matt-\d+\.xlsx$/);
  const workbook = await readFile(await download.path());
  assert.equal(workbook.subarray(0, 2).toString('latin1'), 'PK', 'an Office Open XML package');
  assert.ok(workbook.includes(Buffer.from('xl/worksheets/sheet1.xml')), 'with its sheets');

  // The workbook goes back in as it came out: its first sheet maps itself, nothing to fix.
  await tabTo(page, '#import summary');
  await page.keyboard.press('Enter');
  await upload(page, { name: 'fall-2026.xlsx', buffer: workbook,
                       mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  assert.match(await page.locator('main p.lead').innerText(), /Blad: Värden/, 'the sheet read is named');
  assert.deepEqual(await page.locator('main .error-summary').allInnerTexts(), [], 'no problem');
  assert.equal(await page.locator('main table tbody tr').count(), 12, 'every period as read');
  const workbookFailures = [];
  await axeAtBothWidths(page, 'workbook', workbookFailures);
  assert.deepEqual(workbookFailures, [], `accessibility violations:\n${workbookFailures.join('\n')}`);
  await context.close();
});

test('a Kolada file fills a yearly measure, which names Kolada as its source', async () => {
  const { context, page } = await openProject();
  // A yearly measurement of women and men, as Kolada reports its key figures.
  await addMeasure(page, 'Nöjda brukare', 'continuous', 'year');
  const measureUrl = page.url();
  await tabTo(page, '#import summary');
  await page.keyboard.press('Enter');
  await upload(page, { name: 'N00945-0180.json', mimeType: 'application/json',
                       buffer: await readFile(join(koladaDir, 'N00945-0180.json')) });
  assert.match(await page.locator('main p.lead').innerText(),
               /Källa: Kolada, nyckeltal N00945 för kommun 0180/, 'the source is named');
  assert.deepEqual(await page.locator('main .error-summary').allInnerTexts(), [], 'no problem');
  assert.equal(await page.locator('main table tbody tr').count(), 10, 'a row per year');
  const failures = [];
  await axeAtBothWidths(page, 'kolada', failures);
  assert.deepEqual(failures, [], `accessibility violations:\n${failures.join('\n')}`);
  await tabTo(page, 'form[action$="/spara"] button');
  await Promise.all([page.waitForURL((url) => url.searchParams.has('sparat')),
                     page.keyboard.press('Enter')]);
  assert.equal(page.url().split('?')[0], measureUrl, 'back on the measure');
  assert.match(await page.locator('main dl.facts').innerText(), /Källa\s+Kolada, nyckeltal N00945/);
  assert.ok(await page.locator('main figure.chart svg').count() >= 1, 'the chart is drawn');
  assert.equal(await page.inputValue('input[name="v.2024.women"]'), '37,1', 'the values are in the grid');
  await screenshot(page, 'import-kolada-measure-teammedlem-sv-1280');
  await context.close();
});

test('a long table fills several measures of a project at once', async () => {
  const { context, page } = await openProject();
  const projectUrl = page.url();
  // Two monthly counts of women and men, to be filled from one file.
  const measures = [];
  for (const name of ['Larm per natt', 'Besök av anhöriga']) {
    await page.goto(projectUrl);
    measures.push(await addMeasure(page, name, 'count'));
  }
  await page.goto(projectUrl);
  await tabTo(page, `main a[href$="/import"]`);
  await Promise.all([page.waitForURL(/\/import$/), page.keyboard.press('Enter')]);
  assert.ok((await page.locator('main table').last().innerText()).includes('Larm per natt'),
            'the form lists the measures the file may name');
  // One measure by name, one by its number; "Okänt mått" is not the project's.
  const rows = ['Mått;Period;Grupp;Värde', 'Larm per natt;2026-01;Kvinnor;3',
                'Larm per natt;2026-01;Män;2', `${measures[1]};2026-01;K;5`,
                `${measures[1]};2026-01;M;4`, 'Okänt mått;2026-01;K;1'];
  const file = (lines) => ({ name: 'natten.csv', mimeType: 'text/csv',
                             buffer: Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1') });
  await tabTo(page, 'input[type="file"][name="fil"]');
  await page.setInputFiles('input[type="file"][name="fil"]', file(rows));
  await tabTo(page, 'form[enctype="multipart/form-data"] button[type="submit"]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.match(page.url(), /\/import\/\d+$/, 'the preview of the file');
  const problems = await page.locator('main .error-summary li').allInnerTexts();
  assert.ok(problems.some((p) => p.startsWith('Rad 6, kolumn A (Mått)')),
            `the unknown measure is named by row and column: ${problems.join(' | ')}`);
  assert.equal(await page.locator('form[action$="/spara"]').count(), 0,
               'no button saves a file with a problem');
  const failures = [];
  await axeAtBothWidths(page, 'long-problem', failures);

  await tabTo(page, 'input[type="file"][name="fil"]');
  await page.setInputFiles('input[type="file"][name="fil"]', file(rows.slice(0, 5)));
  await tabTo(page, 'form[enctype="multipart/form-data"] button[type="submit"]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.match(page.url(), /\/import\/\d+$/, 'the preview of the file');
  assert.deepEqual(await page.locator('main .error-summary').allInnerTexts(), [], 'no problem');
  assert.match(await page.locator('main .notice').first().innerText(),
               /Rader i filen: 4, för 2 mått\. Nya värden: 4, ändrade: 0, borttagna: 0\./);
  await axeAtBothWidths(page, 'long-ready', failures);
  assert.deepEqual(failures, [], `accessibility violations:\n${failures.join('\n')}`);
  await tabTo(page, 'form[action$="/spara"] button');
  await Promise.all([page.waitForURL((url) => url.searchParams.has('sparat')),
                     page.keyboard.press('Enter')]);
  assert.match(await page.locator('main [role="status"]').innerText(), /sparade för alla mått/);
  await screenshot(page, 'import-long-saved-teammedlem-sv-1280');
  await page.goto(`${server.url}/matt/${measures[1]}`);
  assert.equal(await page.inputValue('input[name="v.2026-01.women"]'), '5', 'the values are in the grid');

  // A system's export with its own headings: told once what the columns hold, then remembered.
  await page.goto(`${projectUrl}/import`);
  const own = ['Indikator;Månad;Kön;Antal;Enhet', 'Larm per natt;2026-02;K;1;Norr'];
  await tabTo(page, 'input[type="file"][name="fil"]');
  await page.setInputFiles('input[type="file"][name="fil"]', file(own));
  await tabTo(page, 'form[enctype="multipart/form-data"] button[type="submit"]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  await axeAtBothWidths(page, 'long-columns', failures);
  assert.deepEqual(failures, [], `accessibility violations:\n${failures.join('\n')}`);
  for (const [index, label] of [[0, 'Mått'], [1, 'Period'], [2, 'Grupp'],
                                [3, 'Värde (täljare för andelar och kvoter)'],
                                [4, 'Importeras inte']]) {
    await tabTo(page, `#column-role-${index}`);
    await page.selectOption(`#column-role-${index}`, { label });
  }
  await tabTo(page, 'form[action$="/kolumner"] button[type="submit"]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.deepEqual(await page.locator('main .error-summary').allInnerTexts(), [], 'no problem is left');
  assert.match(await page.locator('main .notice').first().innerText(),
               /Rader i filen: 1, för 1 mått\. Nya värden: 1,/);
  await screenshot(page, 'import-long-columns-teammedlem-sv-1280');
  await context.close();
});

test('a file with its own headings is told once what its columns hold', async () => {
  const { context, page } = await openProject();
  await addMeasure(page, 'Utskrivna från sjukhus', 'count');
  // A case-management system's export: its own headings and a column of no interest.
  const exported = { name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from(
    'Månad;Antal kvinnor;Antal män;Enhet\r\n2026-01;3;4;Norr\r\n2026-02;2;5;Norr\r\n', 'utf8') };
  await tabTo(page, '#import summary');
  await page.keyboard.press('Enter');
  await upload(page, exported);
  const failures = [];
  await axeAtBothWidths(page, 'columns', failures);
  assert.deepEqual(failures, [], `accessibility violations:\n${failures.join('\n')}`);
  // Each column's choice with the keyboard: focus the select, then type the option's first letters.
  for (const [index, label] of [[0, 'Period'], [1, 'Kvinnor'], [2, 'Män'], [3, 'Importeras inte']]) {
    await tabTo(page, `#column-role-${index}`);
    await page.selectOption(`#column-role-${index}`, { label });
  }
  await tabTo(page, 'form[action$="/kolumner"] button[type="submit"]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.deepEqual(await page.locator('main .error-summary').allInnerTexts(), [], 'no problem is left');
  assert.equal(await page.locator('main table tbody tr').count(), 2, 'every row as read');
  // The next month's export maps itself.
  await upload(page, exported);
  assert.deepEqual(await page.locator('main .error-summary').allInnerTexts(), [], 'remembered');
  assert.equal(await page.locator('form[action$="/spara"]').count(), 1, 'ready to save');
  await context.close();
});
