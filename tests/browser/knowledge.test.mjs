// The knowledge bank (issue #14, "Done means"), in Swedish, with the mouse and with the keyboard
// alone: a team member of Norrby, a municipality taking part in Solvik's programme, searches
// "kontaktperson", finds another team's abandoned cycle and what it learned, opens the change
// idea, sees where it has spread, and starts a cycle on it in her own project. axe-core runs on
// every page reached.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { KeyboardUser, PointerUser } from './actors.mjs';
import { launchBrowser } from './browser.mjs';
import { axeViolations, catalogue, screenshot } from './checks.mjs';
import { startStegvis } from './stegvis-server.mjs';

const member = { email: 'team@norrby.example', password: 'stegvis-demo-2026' };
const abandonedCycle = 'Samma kontaktperson, en vecka';
const learning = 'Idén kräver en bemanning vi inte har under sommaren.';
const idea = 'Samma kontaktperson varje vecka';
const otherTeam = 'Trygg hemgång';
const msg = catalogue('sv');

let server;
let browser;

before(async () => {
  assert.ok(process.env.STEGVIS_BINARY, 'set STEGVIS_BINARY to the stegvis binary');
  server = await startStegvis(process.env.STEGVIS_BINARY);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function noViolations(page, what) {
  const found = (await axeViolations(page)).map((v) => `${v.id}: ${v.help} at ${v.nodes.join(', ')}`);
  assert.deepEqual(found, [], `${what} (${new URL(page.url()).pathname}): no axe violations`);
}

const escaped = (text) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

async function walk(User, tag) {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(15000);
  const page = await context.newPage();
  const user = new User(page, browser);
  const main = page.locator('main');
  try {
    await page.goto(`${server.url}/login`);
    await user.fill(page.getByLabel(msg('login.email'), { exact: true }), member.email);
    await user.fill(page.getByLabel(msg('login.password'), { exact: true }), member.password);
    await user.submit(main.getByRole('button', { name: msg('login.submit'), exact: true }));

    // Search from the menu.
    await user.follow(page.getByRole('navigation').getByRole('link', { name: msg('search.nav'), exact: true }));
    await user.fill(main.getByLabel(msg('search.q'), { exact: true }), 'kontaktperson');
    await user.submit(main.getByRole('button', { name: msg('search.submit'), exact: true }));
    await main.getByRole('heading', { name: msg('search.results') }).waitFor();
    await noViolations(page, 'the results');
    await screenshot(page, `knowledge-results-${tag}`);

    // Another team's abandoned cycle, with what it learned, among the results.
    const result = main.locator('li.search-result')
      .filter({ has: page.getByRole('link', { name: abandonedCycle, exact: true }) });
    assert.equal(await result.count(), 1, 'the other team\'s cycle is found once');
    assert.match(await result.innerText(), escaped(msg('search.kind.learning')));
    assert.match(await result.innerText(), /bemanning/, 'the excerpt shows what was learned');

    // The change idea: the cycle's row with its learning and its decision.
    await user.follow(result.getByRole('link', { name: abandonedCycle, exact: true }));
    await page.getByRole('heading', { level: 1, name: idea }).waitFor();
    const cycleId = new URL(page.url()).hash;
    assert.match(cycleId, /^#cykel-\d+$/, 'the link leads to the cycle\'s row');
    const row = main.locator(`tr${cycleId}`);
    assert.match(await row.innerText(), escaped(learning));
    assert.match(await row.innerText(), escaped(msg('pdsa.decision.abandon')));
    assert.match(await row.innerText(), escaped(otherTeam));
    assert.equal(await row.getByRole('link').count(), 0, 'another organisation\'s cycle is not linked');
    await noViolations(page, 'the change idea');

    // Where it has spread: the teams that tested it, with their decisions.
    await user.follow(main.getByRole('link', { name: msg('spread.link'), exact: true }));
    await main.getByRole('heading', { name: msg('spread.where_heading') }).waitFor();
    const spread = main.locator('section[aria-labelledby="spread-heading"]');
    const trygg = spread.locator('tr').filter({ hasText: otherTeam });
    assert.match(await trygg.innerText(), escaped(msg('pdsa.decision.abandon')));
    assert.match(await trygg.innerText(), escaped(msg('spread.package')));
    assert.ok(await spread.locator('tbody tr').count() >= 2, 'more than one team tested it');
    await noViolations(page, 'where it has spread');
    await screenshot(page, `knowledge-spread-${tag}`);

    // Back to the idea, and a cycle of her own on it.
    await user.follow(main.locator('.breadcrumb').getByRole('link', { name: idea, exact: true }));
    const start = main.getByRole('link', { name: new RegExp(`^${msg('idea.start_cycle_in').split('{{')[0]}`) });
    assert.equal(await start.count(), 1, 'one project of hers may test it');
    await user.follow(start);
    const form = main.locator('section[aria-labelledby="new-cycle-heading"]');
    const chosen = await form.getByLabel(msg('pdsa.field.change_idea_id'), { exact: true })
      .evaluate((select) => select.selectedOptions[0].textContent);
    assert.equal(chosen, idea, 'the form has the idea chosen');
    const title = `Samma kontaktperson hos oss (${tag})`;
    await user.fill(form.getByLabel(msg('pdsa.field.title'), { exact: true }), title);
    await user.submit(form.getByRole('button', { name: msg('pdsa.create'), exact: true }));
    await page.getByRole('heading', { level: 1, name: escaped(title) }).waitFor();
    assert.match(new URL(page.url()).pathname, /^\/pgsa\/\d+$/, 'the new cycle\'s page');
    await noViolations(page, 'the new cycle');
    await screenshot(page, `knowledge-cycle-${tag}`);
  } catch (error) {
    const seen = await main.innerText().catch(() => '');
    error.message += `\non ${page.url()}, which showed:\n${seen.slice(0, 2000)}`;
    throw error;
  } finally {
    await context.close();
  }
}

test('a team member finds another team\'s learning and tests the idea herself', () =>
  walk(PointerUser, 'pointer'));

test('the same with the keyboard alone', () => walk(KeyboardUser, 'keyboard'));
