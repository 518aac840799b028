// A Genombrott from nothing, in Swedish, through the pages alone (issue #12, "Done means"): a
// strateg of Solvik creates a programme with two common measures and invites a team of Norrby,
// Norrby's admin accepts from the start page, the team's member adopts the measures and types
// six months of data, and the dashboard shows the last month's values and the funnel plot of
// the proportion: to Norrby's side, and to the host's strateg, who sees the guest's programme
// work without links into Norrby. The host's strateg then puts a learning session three days
// ahead in the calendar, and the e-mail reminder reaches the guest team's member through an
// SMTP sink on loopback that the test starts.
// axe-core runs on every page reached; the dashboard is photographed at 1280 and 360 px.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { PointerUser } from './actors.mjs';
import { launchBrowser } from './browser.mjs';
import { Journey } from './journey.mjs';
import { startSmtpSink } from './smtp-sink.mjs';
import { startStegvis } from './stegvis-server.mjs';

const password = 'stegvis-demo-2026';
const strateg = { email: 'strateg@solvik.example', password, name: 'Sara Lindqvist' };
const norrbyAdmin = { email: 'admin@norrby.example', password, name: 'Per Holm' };
const norrbyMember = { email: 'team@norrby.example', password, name: 'Maria Svensson' };
const host = 'Solviks kommun';
const guestTeam = 'Hela dagen';   // Norrby's team, in the demo's own programme only
const guestUnit = 'Hemtjänst Centrum';
const guestOrganisation = 'Norrby kommun';

const programme = {
  name: 'Trygg vardag i hemtjänsten',
  theme: 'Kontinuitet i hemtjänsten för kvinnor och män',
  aim: 'Kvinnor och män i hemtjänsten möter färre olika medarbetare och har en plan i egna ord.',
  starts: '2026-01-01',
  ends: '2027-12-31',
};
const proportion = {
  name: 'Andel med plan i egna ord', unit: '%',
  definition: 'Andel av brukarna med en genomförandeplan skriven i brukarens egna ord.',
};
const count = {
  name: 'Antal avvikelser i utförd tid', unit: 'avvikelser',
  definition: 'Antal besök som började mer än 30 minuter från den avtalade tiden.',
};
// Six months, oldest first: women's and men's numerators of 20 asked, and the counts.
const planWomen = [6, 8, 9, 11, 13, 15];
const planMen = [5, 6, 8, 8, 10, 12];
const asked = 20;
const lateWomen = [14, 12, 13, 10, 9, 7];
const lateMen = [11, 12, 10, 9, 9, 8];

let server;
let sink;
let browser;
let context;   // one for both tests: the second goes on where the first stopped
let journey;

before(async () => {
  assert.ok(process.env.STEGVIS_BINARY, 'set STEGVIS_BINARY to the stegvis binary');
  sink = await startSmtpSink();
  server = await startStegvis(process.env.STEGVIS_BINARY, [
    '--smtp-host', '127.0.0.1', '--smtp-port', String(sink.port),
    '--smtp-from', 'stegvis@solvik.example', '--reminder-interval', '1']);
  browser = await launchBrowser();
});

after(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
  await sink?.close();
});

class Genombrott extends Journey {
  header(role, key) {
    return this.page.locator('header').getByRole(role, { name: this.msg(key), exact: true });
  }

  async signOut() {
    await this.user.submit(this.header('button', 'nav.logout'));
    await this.page.getByText(this.msg('login.logged_out'), { exact: true }).waitFor();
  }

  async saved() {
    await this.page.getByRole('status').filter({ hasText: this.msg('form.saved') }).waitFor();
  }

  async createProgramme() {
    const { page, user } = this;
    await user.follow(this.header('link', 'nav.programmes'));
    await this.reached('programmes');
    await user.fill(this.field('programmes.name'), programme.name);
    await user.fill(this.field('programmes.theme'), programme.theme);
    await user.fill(this.field('programme.aim'), programme.aim);
    await user.date(this.field('programmes.starts_on'), programme.starts);
    await user.date(this.field('programmes.ends_on'), programme.ends);
    await user.submit(this.button('programmes.create'));
    await page.getByRole('heading', { level: 1, name: programme.name }).waitFor();
    assert.match(await this.main().innerText(), new RegExp(programme.aim));
    await this.reached('new programme');
  }

  async addDefinition({ name, definition, unit }, dataType) {
    const { page, user, msg } = this;
    await user.follow(this.link(msg('definition.new')));
    await this.reached('new common measure');
    await user.fill(this.field('measure.name_label'), name);
    await user.fill(this.field('definition.operational'), definition);
    await user.select(this.field('measure.data_type_label'), msg(`measure.data_type.${dataType}`));
    const bySex = this.main().getByLabel(msg('measure.grouping.women_men'), { exact: true });
    assert.ok(await bySex.isChecked(), 'a common measure is split into women and men by default');
    await user.fill(this.field('measure.unit_label'), unit);
    await user.submit(this.button('definition.create'));
    await this.saved();
    const common = page.locator('section[aria-labelledby="common-heading"]');
    assert.ok(await common.getByText(name).first().isVisible(), `${name} among the common measures`);
    await this.reached(`programme with the common measure ${name}`);
  }

  async invite() {
    const { user, msg } = this;
    await user.follow(this.link(msg('programme.invite_link')));
    await this.reached('invitations of the programme');
    const team = this.field('invitations.team');
    assert.equal(await team.locator('option:checked').innerText(), guestTeam);
    await user.select(team, guestTeam);
    await user.submit(this.button('invitations.invite'));
    await this.saved();
    const row = this.main().locator('table tbody tr').filter({ hasText: guestTeam });
    assert.deepEqual((await row.locator('td').allInnerTexts()).slice(0, 3).map((t) => t.trim()),
                     [guestTeam, guestOrganisation, msg('invitation.status.pending')]);
    await this.reached('invitation sent');
  }

  async accept() {
    const { user, msg } = this;
    await user.follow(this.link(msg('home.needs.invitations', { count: 1 })));
    await this.reached('invitations to the organisation\'s teams');
    const invitation = this.main().locator('li').filter({ hasText: programme.name });
    assert.match(await invitation.innerText(),
                 new RegExp(`${guestTeam} · ${programme.name} \\(${host}\\)`));
    const accept = `${msg('invitations.accept')}: ${programme.name}, ${guestTeam}`;
    await user.submit(invitation.getByRole('button', { name: accept, exact: true }));
    await this.saved();
    await this.reached('the team\'s project in the programme after accepting');
  }

  // The team's member opens the project the programme gave the team and adopts both measures.
  async adopt() {
    const { page, user, msg } = this;
    await user.follow(this.link(guestTeam));
    const members = page.locator('section[aria-labelledby="members-heading"]');
    assert.match(await members.innerText(), new RegExp(norrbyMember.name), 'a member of the team');
    await this.reached('team page of the guest team');
    await user.follow(this.link(programme.name));
    assert.ok(await this.link(programme.name).isVisible(), 'the project is part of the programme');
    await this.reached('the guest team\'s project');
    await user.follow(this.link(msg('project.adopt_measures')));
    await this.reached('adopting common measures');
    for (const { name } of [proportion, count]) {
      await user.check(this.main().getByRole('checkbox', { name, exact: true }));
    }
    await user.submit(this.button('adoption.submit'));
    await this.saved();
    await this.reached('project with the adopted measures');
  }

  // The programme's calendar gains a learning session on `day` (ISO date).
  async addSession(title, day) {
    const { user, msg } = this;
    await user.follow(this.header('link', 'nav.programmes'));
    await user.follow(this.link(programme.name));
    await this.reached('the programme, for its calendar');
    await user.check(this.main().getByRole('radio', { name: msg('programme.learning_session'),
                                                      exact: true }));
    await user.fill(this.field('programme.event_title'), title);
    await user.date(this.field('programmes.starts_on'), day);
    await user.submit(this.button('programme.add_event'));
    const calendar = this.main().getByRole('listitem').filter({ hasText: title });
    await calendar.first().waitFor();
    await this.reached('programme with a learning session in three days');
  }

  // From the project, the measure's grid: six months up to the last complete one, each column
  // (in the grid's order) from `columns`; saved, and back to the project.
  async typeSixMonths(measure, columns) {
    const { page, user, msg } = this;
    await user.follow(this.link(measure.name));
    await page.getByRole('heading', { level: 1, name: measure.name }).waitFor();
    assert.ok(await page.getByText(msg('measure.linked_note')).isVisible(),
              'the measure follows the definition');
    const rows = page.locator('table[data-grid] tbody tr');
    const periods = [];
    for (let r = 0; r < (await rows.count()); r++) {
      periods.push((await rows.nth(r).locator('input').first().getAttribute('name')).split('.')[1]);
    }
    for (const [i, month] of sixMonths().entries()) {
      const r = periods.indexOf(month);
      assert.ok(r >= 0, `the grid offers ${month}: ${periods}`);
      const inputs = rows.nth(r).locator('input');
      for (const [c, values] of columns.entries()) await user.fill(inputs.nth(c), String(values[i]));
    }
    await user.submit(this.button('grid.save'));
    await page.getByRole('status').filter({ hasText: msg('grid.saved') }).waitFor();
    await page.locator('figure.chart svg').first().waitFor();
    await this.reached(`measure ${measure.name} with six months`);
    await user.follow(this.link(programme.name, page.locator('.breadcrumb')));
  }

  // The programme's dashboard from the programme page: the guest team's row with the last
  // month's values, and the funnel plot of the proportion with its data tables.
  async dashboard(shot) {
    const { page, user, msg } = this;
    await user.follow(this.header('link', 'nav.programmes'));
    await this.reached('programmes');
    await user.follow(this.link(programme.name));
    await this.reached('programme with a team and data');
    await user.follow(this.link(msg('programme.dashboard_link')));
    await page.getByRole('heading', { level: 1 }).filter({ hasText: programme.name }).waitFor();
    await this.reached('programme dashboard', shot);
    const row = this.main().locator('table.dashboard tbody tr')
      .filter({ has: page.getByRole('rowheader', { name: guestTeam, exact: true }) });
    assert.equal(await row.count(), 1, `${guestTeam} has its row on the dashboard`);
    const cells = (await row.locator('td').allInnerTexts()).map((t) => t.trim());
    const last = sixMonths()[5];
    const [w, m] = [planWomen[5], planMen[5]];
    assert.deepEqual(cells.slice(0, 7),
                     [guestUnit, guestOrganisation, last, number(100 * w / asked),
                      number(100 * m / asked), number(100 * (w + m) / (2 * asked)),
                      number(100 * (w - m) / asked)],
                     `the proportion for ${last}: women, men, total and the gap`);
    const [lw, lm] = [lateWomen[5], lateMen[5]];
    assert.deepEqual(cells.slice(9, 14),
                     [last, number(lw), number(lm), number(lw + lm), number(lw - lm)],
                     `the count for ${last}: women, men, total and the gap`);
    await this.funnel(last, w, m);
  }

  async funnel(last, w, m) {
    const { page, msg } = this;
    const article = this.main().locator('article.dashboard-funnel')
      .filter({ has: page.getByRole('heading', { level: 3, name: proportion.name }) });
    const alt = msg('dashboard.funnel_alt', { name: proportion.name, period: last });
    const img = article.getByRole('img', { name: alt, exact: true });
    await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle());
    const svg = await page.request.get(new URL(await img.getAttribute('src'), page.url()).href);
    assert.equal(svg.status(), 200);
    assert.match(svg.headers()['content-type'], /^image\/svg\+xml/);
    const tables = article.locator('table.chart-data');
    const values = [];
    for (let t = 0; t < (await tables.count()); t++) {
      const team = tables.nth(t).locator('tbody tr')
        .filter({ has: page.getByRole('rowheader', { name: guestTeam, exact: true }) });
      values.push((await team.locator('td').first().innerText()).trim());
    }
    assert.deepEqual(values, [number(100 * w / asked, 1), number(100 * m / asked, 1),
                              number(100 * (w + m) / (2 * asked), 1)],
                     'women, men and total in the funnel\'s tables');
  }
}

// The six months before the current one, oldest first, as YYYY-MM.
function sixMonths() {
  const now = new Date();
  return [6, 5, 4, 3, 2, 1].map((back) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7));
}

// A number as the dashboard writes it in Swedish: decimal comma, at most one decimal (exactly
// `decimals` when given), − for minus.
function number(x, decimals = 0) {
  return x.toLocaleString('sv-SE', { minimumFractionDigits: decimals, maximumFractionDigits: 1 });
}

async function walk(steps) {
  const { page } = journey;
  try {
    await steps();
    assert.deepEqual(journey.failures, [],
                     `accessibility violations:\n${journey.failures.join('\n')}`);
  } catch (error) {
    // Say where the journey stopped and what the user saw there.
    const seen = await page.locator('main').innerText().catch(() => '');
    error.message += `\non ${page.url()}, which showed:\n${seen.slice(0, 2000)}`;
    throw error;
  }
}

test('a Genombrott from nothing: programme, invitation, adoption, data, dashboard', async () => {
  context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(15000);
  const page = await context.newPage();
  journey = new Genombrott({ page, user: new PointerUser(page), lang: 'sv', server, tag: 'pointer' });
  await walk(async () => {
    await journey.signIn(strateg);
    await journey.createProgramme();
    await journey.addDefinition(proportion, 'proportion');
    await journey.addDefinition(count, 'count');
    await journey.invite();
    await journey.signOut();
    await journey.signIn(norrbyAdmin);
    await journey.accept();
    await journey.signOut();
    await journey.signIn(norrbyMember);
    await journey.adopt();
    const denominators = planWomen.map(() => asked);
    await journey.typeSixMonths(proportion, [planWomen, denominators, planMen, denominators]);
    await journey.typeSixMonths(count, [lateWomen, lateMen]);
    await journey.signOut();
    // The team's own side reads its row and the funnel plot.
    await journey.signIn(norrbyAdmin);
    await journey.dashboard('genombrott-dashboard-guest');
    await journey.signOut();
  });
});

// The host sees a guest team's programme work (its measures linked to common definitions).
test('the host\'s strateg reads the guest team\'s row and funnel on the dashboard', async () => {
  assert.ok(journey, 'the journey before this one ran');
  await walk(async () => {
    await journey.signIn(strateg);
    await journey.dashboard('genombrott-dashboard-host');
  });
});

// The e-mail reminder: a learning session of the host's programme three days ahead reaches the
// guest team's member, in Swedish, with a link to the programme and to the setting.
test('the guest team\'s member gets an e-mail reminder of the learning session', async () => {
  assert.ok(journey, 'the journey before this one ran');
  const day = new Date(Date.now() + 3 * 86400000).toISOString().slice(0, 10);
  const title = 'Lärandeseminarium om kontinuitet';
  await walk(async () => {
    // The host's strateg is still signed in from the test before.
    await journey.addSession(title, day);
    await journey.signOut();
  });
  const mail = await sink.waitFor((m) => m.to === norrbyMember.email && m.body.includes(title));
  assert.equal(mail.from, 'stegvis@solvik.example');
  assert.equal(mail.subject, 'Påminnelse från Stegvis');
  assert.match(mail.body, new RegExp(`^Hej ${norrbyMember.name}!`));
  assert.ok(mail.body.includes(`${title} i ${programme.name} är ${day}.`), mail.body);
  assert.match(mail.body, /\/program\/\d+\r?\n/);
  assert.match(mail.body, /\/konto\/paminnelser\r?\n/);
  assert.ok(!sink.messages.some((m) => m.to === strateg.email), 'reminders go to team members');
});
