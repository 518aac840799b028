// Comments on the teams' work (issue #12, the programme coach), in Swedish, with the mouse and
// with the keyboard alone: the programme's coach opens a participating team's latest cycle
// from the start page, reads the conversation the demo holds there (the coach's question and
// the team's answer), is refused a blank comment next to the field and then adds one; opens a
// guest team's monthly report (Norrby's Hela dagen) and thanks it; that team's member reads
// the thanks; a politician reads the cycle's conversation and has no form. axe-core runs on
// every page reached, at 1280 and 360 px where the comments are.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { KeyboardUser, PointerUser } from './actors.mjs';
import { launchBrowser } from './browser.mjs';
import { axeViolations, catalogue, screenshot } from './checks.mjs';
import { startStegvis } from './stegvis-server.mjs';

const password = 'stegvis-demo-2026';
const coachName = 'Elin Åberg';
const team = 'Trygg hemgång';
const project = 'Trygg och jämställd hemgång';
const latestCycle = 'Välja tid även vid uppföljning';
const demoQuestion = 'Svarade kvinnor och män olika på frågan om tiden?';
const demoAnswer = 'Männen valde oftare morgontider.';
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
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    const found = (await axeViolations(page)).map((v) => `${v.id}: ${v.help} at ${v.nodes.join(', ')}`);
    assert.deepEqual(found, [], `${what} at ${width} px (${new URL(page.url()).pathname}): no axe violations`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function signIn(User, email) {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(15000);
  const page = await context.newPage();
  const user = new User(page, browser);
  const main = page.locator('main');
  await page.goto(`${server.url}/login`);
  await user.fill(page.getByLabel(msg('login.email'), { exact: true }), email);
  await user.fill(page.getByLabel(msg('login.password'), { exact: true }), password);
  await user.submit(main.getByRole('button', { name: msg('login.submit'), exact: true }));
  return { context, page, user, main };
}

const thread = (main) => main.locator('#kommentarer');

async function walk(User, tag) {
  const said = `Fint arbete – ${tag}! Hur gick det för männen?`;
  const thanks = `Tack för rapporten (${tag}).`;
  const coach = await signIn(User, 'coach@solvik.example');
  let reportUrl;
  let cycleUrl;
  try {
    const { page, user, main } = coach;
    const link = (name) => main.getByRole('link', { name, exact: true });
    await user.follow(link(team));
    await user.follow(link(project));
    await user.follow(main.getByRole('link', { name: `PGSA 5: ${latestCycle}` }));
    cycleUrl = new URL(page.url()).pathname;
    const comments = thread(main);
    assert.match(await comments.innerText(), new RegExp(demoQuestion.replace('?', '\\?')));
    assert.match(await comments.innerText(), new RegExp(demoAnswer.replace('.', '\\.')));

    // A blank comment is refused next to the field, which keeps its label and focus order.
    const field = comments.getByLabel(msg('comments.label'), { exact: true });
    const send = comments.getByRole('button', { name: msg('comments.submit'), exact: true });
    await user.fill(field, '   ');
    await user.submit(send);
    assert.equal(await thread(main).locator('.comment').count(), 2 + (tag === 'tangentbord' ? 1 : 0),
                 'nothing was added');
    assert.match(await thread(main).innerText(), new RegExp(msg('error.required')));
    await noViolations(page, 'the refused comment');

    await user.fill(thread(main).getByLabel(msg('comments.label'), { exact: true }), said);
    await user.submit(thread(main).getByRole('button', { name: msg('comments.submit'), exact: true }));
    const last = thread(main).locator('.comment').last();
    assert.match(await last.innerText(), new RegExp(coachName));
    assert.ok((await last.innerText()).includes(said), 'the new comment is last');
    await noViolations(page, 'the cycle with its comments');
    await screenshot(page, `comments-cycle-${tag}`);

    // A guest team's report, from the programme's grid of reports.
    await user.follow(page.getByRole('navigation').getByRole('link', { name: msg('nav.programmes'), exact: true }));
    await user.follow(main.getByRole('link', { name: 'Jämställd hemtjänst', exact: true }));
    await user.follow(main.getByRole('link', { name: msg('monthly.grid_title'), exact: true }));
    const november = main.getByRole('row').filter({ hasText: 'Hela dagen' })
      .locator('a[href$="/manadsrapport/2026-11"]');
    reportUrl = await november.getAttribute('href');
    await user.follow(november);
    await user.fill(thread(main).getByLabel(msg('comments.label'), { exact: true }), thanks);
    await user.submit(thread(main).getByRole('button', { name: msg('comments.submit'), exact: true }));
    assert.ok((await thread(main).innerText()).includes(thanks), 'the thanks is on the report');
    await noViolations(page, 'the guest report with its comments');
    await screenshot(page, `comments-guest-report-${tag}`);
  } finally {
    await coach.context.close();
  }

  // The guest team reads the host's coach; a politician reads the conversation, and no form.
  const guest = await signIn(PointerUser, 'team@norrby.example');
  try {
    await guest.page.goto(`${server.url}${reportUrl}`);
    const text = await thread(guest.main).innerText();
    assert.ok(text.includes(thanks), 'the guest team reads the thanks');
    assert.match(text, new RegExp(`${coachName}, Solviks kommun`));
  } finally {
    await guest.context.close();
  }
  const politician = await signIn(PointerUser, 'politiker@solvik.example');
  try {
    await politician.page.goto(`${server.url}${cycleUrl}`);
    assert.ok((await thread(politician.main).innerText()).includes(said));
    assert.equal(await thread(politician.main).locator('textarea').count(), 0, 'no form');
  } finally {
    await politician.context.close();
  }
}

test('the coach comments on a cycle and on a guest team\'s report, with the mouse', async () => {
  await walk(PointerUser, 'mus');
});

test('the coach comments on a cycle and on a guest team\'s report, with the keyboard alone', async () => {
  await walk(KeyboardUser, 'tangentbord');
});
