// The main journey of a team member, step by step as a user does it: sign in, start a project
// in the programme with its aim, add a measure for women and men, type a year of data into the
// grid (with a typo the grid refuses), read the chart, the rules that fired and the verdict,
// take a PDSA cycle through Plan, Do, Study and Act, find it on the chart, and open the
// programme and the change idea that other teams test too; last, a second measure with a
// steady rise typed into its grid reads as an improvement. Walked by a PointerUser or a
// KeyboardUser (actors.mjs); every page reached is checked with axe-core, and the key pages
// are checked and photographed at 1280 and 360 px.
import assert from 'node:assert/strict';

import { axeViolations, catalogue, screenshot } from './checks.mjs';

export const teamMember = { email: 'team@solvik.example', password: 'stegvis-demo-2026',
                            name: 'Fatima Ali', team: 'Trygg hemgång' };
const programme = 'Jämställd hemtjänst';
const idea = 'Brukaren väljer tid vid inskrivningen';   // the demo's teams Trygg hemgång and Rätt tid test it
const otherTeam = 'Rätt tid';

// Average days from discharge to the first home visit, a year of months. Women: four high
// months, then eight low ones after the change (a run of 8 below the mean: the Anhøj shift
// for 12 points, so the verdict is an improvement; the first points are also above the upper
// limit). Men: only common-cause variation.
const women = ['5,2', '4,8', '5,5', '5,0', '2,1', '2,4', '1,9', '2,2', '2,0', '2,3', '1,8', '2,1'];
const men = ['3,1', '2,9', '3,4', '3,0', '3,2', '2,8', '3,1', '3,3', '2,9', '3,0', '3,2', '3,1'];
// The steady rise a user reported, of 100 asked each month: women from 58 % to 91 %, men from
// 56 % to 83 %. The chart marks the first months below the lower limit, the last above the
// upper limit and too few crossings; the verdict must say improvement, never "only
// common-cause variation" (docs/signals-and-verdicts.md).
const riseWomen = [58, 61, 64, 67, 70, 73, 76, 79, 82, 85, 88, 91];
const riseMen = [56, 58, 61, 63, 66, 68, 71, 73, 76, 78, 81, 83];
const typoRow = 6;         // men's value in the seventh month is first typed with a letter O
const typo = '3,O';

export class Journey {
  // `user` is a PointerUser or KeyboardUser on `page`; `tag` names the screenshots.
  constructor({ page, user, lang, server, tag }) {
    Object.assign(this, { page, user, lang, server, tag });
    this.msg = catalogue(lang);
    this.failures = [];
    // Journeys share a server, so each names its work apart.
    this.suffix = tag === 'keyboard' ? (lang === 'sv' ? ', med tangentbordet' : ', by keyboard') : '';
    this.title = (lang === 'sv' ? 'Snabbare första hembesök' : 'Faster first home visit') + this.suffix;
    // Decimal comma in Swedish, point in English (the grid takes both, and shows its language's).
    this.number = (text) => (lang === 'sv' ? text : text.replace(',', '.'));
    this.measure = lang === 'sv' ? 'Dagar till första hembesöket' : 'Days to the first home visit';
    this.riseMeasure = lang === 'sv' ? 'Andel nöjda med tiden för besöket' : 'Share content with the visit time';
  }

  // axe-core on the page reached (named for the report); with `shot`, also at 360 px, and
  // screenshots at both widths.
  async reached(what, shot) {
    const widths = shot ? [1280, 360] : [1280];
    for (const width of widths) {
      if (width !== 1280) await this.page.setViewportSize({ width, height: 900 });
      const path = new URL(this.page.url()).pathname;
      for (const v of await axeViolations(this.page)) {
        this.failures.push(`${what} (${path}, ${this.lang}, ${width} px, ${this.tag}): ${v.id} – ` +
                           `${v.help} at ${v.nodes.join(', ')}`);
      }
      if (shot) await screenshot(this.page, `journey-${shot}-${this.lang}-${width}`);
    }
    if (shot) await this.page.setViewportSize({ width: 1280, height: 900 });
  }

  main() { return this.page.locator('main'); }
  button(key, scope = this.main()) {
    return scope.getByRole('button', { name: this.msg(key), exact: true });
  }
  link(name, scope = this.main()) { return scope.getByRole('link', { name, exact: true }); }
  field(key, scope = this.main()) { return scope.getByLabel(this.msg(key), { exact: true }); }

  // Through the login form; the journeys' screenshots are of the team member's sign-in only.
  async signIn(account = teamMember) {
    const { page, user } = this;
    const shot = this.tag === 'pointer' && account === teamMember;
    await page.goto(`${this.server.url}/login`);
    if (this.lang !== 'sv') {
      await user.follow(page.getByRole('link', { name: catalogue('sv')('lang.other_name') }));
    }
    await this.reached('login page', shot ? 'login' : null);
    await user.fill(this.field('login.email'), account.email);
    await user.fill(this.field('login.password'), account.password);
    await user.submit(this.button('login.submit'));
    assert.equal(new URL(page.url()).pathname, '/');
    assert.equal(await page.locator('.signed-in__name').innerText(), account.name);
    assert.equal(await page.getAttribute('html', 'lang'), this.lang);
    await this.reached('start page', shot ? 'home' : null);
  }

  async createProject() {
    const { page, user, msg } = this;
    await user.follow(this.link(teamMember.team));
    await this.reached('team page');
    await user.fill(this.field('project.title_label'), this.title);
    await user.fill(this.field('project.problem_question'),
                    this.lang === 'sv' ? 'Kvinnor väntar längre än män på första hembesöket.'
                                       : 'Women wait longer than men for the first home visit.');
    const inProgramme = this.field('journey.project_programme');
    assert.equal(await inProgramme.locator('option:checked').innerText(), programme);
    await user.submit(this.button('team.start_project'));
    await page.getByRole('heading', { level: 1, name: this.title }).waitFor();
    this.projectUrl = page.url();
    assert.ok(await this.link(programme).isVisible(), 'the project is part of the programme');
    await this.reached('new project without an aim', this.tag === 'pointer' ? 'project-new' : null);

    // The aim: what, how much, by when, for whom.
    const form = page.locator('form')
      .filter({ has: page.getByLabel(msg('project.aim_what'), { exact: true }) });
    await user.open(page.locator('summary', { hasText: msg('project.edit_open') }));
    await user.fill(this.field('project.aim_what', form),
                    this.lang === 'sv' ? 'Första hembesöket inom två dagar' : 'First home visit within two days');
    await user.fill(this.field('project.aim_how_much', form), this.lang === 'sv' ? '9 av 10' : '9 in 10');
    await user.date(this.field('project.aim_by_when', form), '2027-06-30');
    await user.fill(this.field('project.aim_for_whom', form),
                    this.lang === 'sv' ? 'Kvinnor och män som skrivs ut från sjukhus'
                                       : 'Women and men discharged from hospital');
    await user.check(this.field('group.women', form));
    await user.check(this.field('group.men', form));
    await user.submit(this.button('form.save', form));
    await page.getByRole('status').filter({ hasText: msg('form.saved') }).waitFor();
    const aim = page.locator('section[aria-labelledby="aim-heading"]');
    assert.match(await aim.innerText(), this.lang === 'sv' ? /inom två dagar/ : /within two days/);
    assert.match(await aim.innerText(), /2027-06-30/);
    await this.reached('project with its aim', this.tag === 'pointer' ? 'project' : null);
  }

  async addMeasure() {
    const { page, user, msg } = this;
    const form = page.locator('form[action$="/matt"]');
    await user.open(page.locator('summary', { hasText: msg('project.add_measure') }));
    await user.fill(this.field('measure.name_label', form), this.measure);
    await user.select(this.field('measure.data_type_label', form), msg('measure.data_type.continuous'));
    await user.check(form.getByLabel(msg('measure.direction.down'), { exact: true }));
    assert.ok(await form.getByLabel(msg('measure.grouping.women_men'), { exact: true }).isChecked(),
              'a measure about people is split into women and men by default');
    await user.fill(this.field('measure.unit_label', form), this.lang === 'sv' ? 'dagar' : 'days');
    await user.submit(this.button('project.add_measure', form));
    await page.getByRole('heading', { level: 1, name: this.measure }).waitFor();
    this.measureUrl = page.url();
    await this.reached('new measure');
  }

  // The grid with the keyboard: the women's column down with Enter, then the men's.
  async enterData() {
    const { page, user, msg } = this;
    const rows = page.locator('table[data-grid] tbody tr');
    assert.ok((await rows.count()) >= 12, 'a new measure offers a year of rows');
    this.periods = [];
    for (let r = 0; r < 12; r++) {
      this.periods.push({ label: (await rows.nth(r).locator('th').innerText()).trim(),
                          period: (await rows.nth(r).locator('input').first().getAttribute('name')).split('.')[1] });
    }
    const cell = (r, c) => rows.nth(r).locator('input').nth(c);
    await this.startTypingIn(cell(0, 0));
    for (let r = 0; r < 12; r++) {
      await page.keyboard.type(this.number(women[r]));
      await page.keyboard.press(r < 11 ? 'Enter' : 'Tab');
    }
    // Tab took the focus from the last women's cell to the last men's; up with Shift+Enter.
    assert.equal(await cell(11, 1).evaluate((el) => el === document.activeElement), true);
    for (let r = 11; r >= 0; r--) {
      await page.keyboard.type(this.number(r === typoRow ? typo : men[r]));
      if (r > 0) await page.keyboard.press('Shift+Enter');
    }
    await user.submit(this.button('grid.save'));

    // Refused, naming the month and the group, nothing saved, the cell marked and focused.
    const message = msg('grid.period_error', { period: this.periods[typoRow].label,
                                               group: msg('group.men'), reason: msg('error.not_a_number') });
    const summary = page.getByRole('alert');
    assert.equal((await summary.locator('li').innerText()).trim(), message);
    const bad = cell(typoRow, 1);
    assert.equal(await bad.getAttribute('aria-invalid'), 'true');
    assert.equal(await bad.inputValue(), this.number(typo), 'what was typed is kept');
    assert.equal(await cell(0, 0).inputValue(), this.number(women[0]), 'nothing typed is lost');
    await page.waitForFunction((name) => document.activeElement?.name === name,
                               await bad.getAttribute('name'));
    await this.reached('grid refusing a typo', this.tag === 'pointer' ? 'grid-typo' : null);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(this.number(men[typoRow]));
    await user.submit(this.button('grid.save'));
    await page.getByRole('status').filter({ hasText: msg('grid.saved') }).waitFor();
    assert.equal(await cell(typoRow, 1).inputValue(), this.number(men[typoRow]));
  }

  // Focus into the grid's first cell: the pointer user clicks it, the keyboard user tabs.
  async startTypingIn(first) {
    if (this.user.keyboardOnly) await this.user.focus(first);
    else await first.click();
  }

  async readAnalysis() {
    const { page, user, msg } = this;
    const chart = page.locator('figure.chart svg').first();
    await chart.waitFor();
    const verdicts = (await page.locator('.verdicts .verdict').allInnerTexts()).map((t) => t.trim());
    const since = this.periods[4].label;
    // The shift first, then the points below the lower limit, then the single crossing of the
    // mean (12 points: common-cause variation gives at least 3).
    const improved = `${msg('verdict.improvement_for', { group: msg('group.women') })}: ${msg('verdict.yes')} – ` +
      `${msg('verdict.shift_below', { n: 8, line: msg('verdict.line_mean'), period: since })}; `;
    const crossings = `${msg('verdict.few_crossings', { line: msg('verdict.line_mean'), count: 1, expected: 3 })}.`;
    assert.ok(verdicts.some((v) => v.startsWith(improved) && v.endsWith(crossings)),
              `"${improved}…${crossings}" among the verdicts: ${verdicts.join(' | ')}`);
    const menVerdict = verdicts.find((v) => v.startsWith(msg('verdict.improvement_for', { group: msg('group.men') })));
    assert.equal(menVerdict, `${msg('verdict.improvement_for', { group: msg('group.men') })}: ` +
                             `${msg('verdict.not_yet')} – ${msg('verdict.only_common')}.`);
    // The rules that fired, per point, for women.
    await user.open(page.locator('summary', { hasText: msg('measure.show_signals') }));
    const hits = (await page.locator('ul.signals li').allInnerTexts()).join('\n');
    const womenLabel = msg('group.women_label');
    assert.ok(hits.includes(`${since} (${womenLabel})`), `a rule fired at ${since} for women:\n${hits}`);
    await this.reached('measure with chart, rules and verdict', this.tag === 'pointer' ? 'measure' : null);
  }

  async runCycle() {
    const { page, user, msg } = this;
    await user.follow(this.link(this.title, page.locator('.breadcrumb')));
    await this.reached('project with a measure');
    await user.follow(this.link(msg('pdsa.link_change')));
    await this.reached('PDSA cycles of the project');
    const form = page.locator('form[action$="/pgsa"]');
    await user.select(this.field('pdsa.field.change_idea_id', form), idea);
    const cycleTitle = (this.lang === 'sv' ? 'Välja tid vid utskrivningen'
                                           : 'Choosing the time at discharge') + this.suffix;
    await user.fill(this.field('pdsa.field.title', form), cycleTitle);
    await user.submit(this.button('pdsa.create', form));
    this.cycleHeading = msg('pdsa.heading', { n: 1, title: cycleTitle });
    await page.getByRole('heading', { level: 1, name: this.cycleHeading }).waitFor();
    await this.reached('new PDSA cycle (Plan)', this.tag === 'pointer' ? 'cycle-plan' : null);

    const start = `${this.periods[4].period}-02`;
    const end = `${this.periods[4].period}-27`;
    const sv = this.lang === 'sv';
    await user.fill(this.field('pdsa.field.question'), sv ? 'Kommer vi tidigare om brukaren väljer tid?' : 'Do we come sooner when the person chooses the time?');
    await user.fill(this.field('pdsa.field.prediction'), sv ? 'Kvinnor får besök inom två dagar.' : 'Women get a visit within two days.');
    await user.fill(this.field('pdsa.field.who'), sv ? 'Två undersköterskor' : 'Two care assistants');
    await user.fill(this.field('pdsa.field.what'), sv ? 'Brukaren väljer tid för första besöket vid utskrivningen.'
                                                      : 'The person chooses the time of the first visit at discharge.');
    await user.date(this.field('pdsa.field.start_date'), start);
    await user.date(this.field('pdsa.field.end_date'), end);
    await user.check(page.getByRole('checkbox', { name: this.measure, exact: true }));
    await this.advance('plan', 'do');
    await user.check(page.getByRole('radio', { name: msg('pdsa.as_planned.yes'), exact: true }));
    await user.fill(this.field('pdsa.field.observations'), sv ? 'Alla fick välja tid.' : 'Everyone chose a time.');
    await this.advance('do', 'study');
    await user.fill(this.field('pdsa.field.result'), sv ? 'Som förutsagt.' : 'As predicted.');
    await user.fill(this.field('pdsa.field.learning'), sv ? 'Frågan tar en minut.' : 'The question takes a minute.');
    await this.advance('study', 'act');
    await user.check(page.getByRole('radio', { name: msg('pdsa.decision_hint.adopt'), exact: true }));
    await user.fill(this.field('pdsa.field.next_step'), sv ? 'Inför för alla.' : 'Introduce for everyone.');
    await this.advance('act', 'done');
    await this.reached('finished PDSA cycle', this.tag === 'pointer' ? 'cycle-done' : null);
    await this.correctPlan();
  }

  // A finished cycle is text, each phase with its own Edit link: Plan alone opens as a form,
  // and after saving the page lands on Do, the phase after it. Printed, no Edit link shows.
  async correctPlan() {
    const { page, user, msg } = this;
    const main = this.main();
    assert.equal(await main.locator('form[action$="/pgsa/' + this.cycleId() + '"]').count(), 0,
                 'no phase of a finished cycle is a form');
    const phases = ['plan', 'do', 'study', 'act'];
    for (const phase of phases) {
      assert.ok(await this.link(`${msg('pdsa.edit')} ${msg(`pdsa.phase.${phase}`)}`).isVisible(),
                `${phase} has its Edit link`);
    }
    await user.follow(this.link(`${msg('pdsa.edit')} ${msg('pdsa.phase.plan')}`));
    assert.equal(await main.getByLabel(msg('pdsa.field.observations'), { exact: true }).count(), 0,
                 'only Plan is a form');
    const better = this.lang === 'sv' ? 'Kvinnor och män får besök inom två dagar.'
                                      : 'Women and men get a visit within two days.';
    await user.fill(this.field('pdsa.field.prediction'), better);
    await this.reached('one phase of a finished cycle as a form', this.tag === 'pointer' ? 'cycle-edit-plan' : null);
    await user.submit(this.button('pdsa.save'));
    await page.getByRole('status').filter({ hasText: msg('form.saved') }).waitFor();
    assert.equal(new URL(page.url()).hash, '#phase-do', 'lands on the phase after the one saved');
    assert.ok(await main.getByText(better, { exact: true }).isVisible(), 'the new prediction is shown');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await main.locator('.phase__edit:visible').count(), 0, 'printed without Edit links');
    assert.equal(await page.locator('.site-header:visible').count(), 0, 'printed without navigation');
    await page.emulateMedia({ media: 'screen' });
  }

  cycleId() { return new URL(this.page.url()).pathname.split('/').pop(); }

  // Saves the phase and moves on; the page says which phase the cycle is in now.
  async advance(from, to) {
    const { page, user, msg } = this;
    await user.submit(this.button(`pdsa.advance.${from}`));
    await page.getByRole('status')
      .filter({ hasText: msg('pdsa.advanced', { phase: msg(`pdsa.phase.${to}`) }) }).waitFor();
    const current = page.locator('.phase-steps [aria-current="step"] .phase-steps__name');
    assert.equal(await current.innerText(), msg(`pdsa.phase.${to}`));
    await this.reached(`PDSA cycle in ${to}`);
  }

  // The cycle is drawn on the measure's chart, labelled with its number and decision.
  async seeCycleOnChart() {
    const { page, user, msg } = this;
    await user.follow(this.link(msg('pdsa.list_title'), page.locator('.breadcrumb')));
    await this.reached('PDSA cycles with a finished cycle');
    await user.follow(page.locator('.breadcrumb').getByRole('link', { name: teamMember.team }));
    await this.reached('team page with the new project');
    await user.follow(this.link(this.title));
    await this.reached('project with a finished cycle');
    await user.follow(this.link(this.measure));
    const marker = msg('pdsa.marker_decided', { n: 1, decision: msg('pdsa.decision.adopt') });
    const labels = await page.locator('figure.chart svg .annotations text').allTextContents();
    assert.ok(labels.includes(marker), `"${marker}" on the chart: ${labels}`);
    await this.reached('measure with the cycle on its chart', this.tag === 'pointer' ? 'measure-cycle' : null);
  }

  // The programme, and the change idea with what every team learned from it.
  async visitProgramme() {
    const { page, user, msg } = this;
    await user.follow(page.locator('header').getByRole('link', { name: msg('nav.programmes'), exact: true }));
    await this.reached('programmes');
    await user.follow(this.link(programme));
    await this.reached('programme', this.tag === 'pointer' ? 'programme' : null);
    await user.follow(this.link(idea));
    const rows = page.locator('table tbody tr');
    const teams = new Set((await rows.locator('td:first-child').allInnerTexts()).map((t) => t.trim()));
    assert.ok(teams.has(teamMember.team) && teams.has(otherTeam), `cycles from several teams: ${[...teams]}`);
    assert.ok(await this.link(this.cycleHeading).isVisible(), 'our own cycle is among them');
    assert.ok(await this.link(programme, page.locator('.breadcrumb')).isVisible(),
              'the way back leads to the programme');
    await this.reached('change idea with every team\'s cycles', this.tag === 'pointer' ? 'change-idea' : null);
  }

  // A proportion measure, better up, with the steady rise typed into its grid: women's and men's
  // numerators and denominators, row by row.
  async enterSteadyRise() {
    const { page, user, msg } = this;
    await page.goto(this.projectUrl);
    const form = page.locator('form[action$="/matt"]');
    await user.open(page.locator('summary', { hasText: msg('project.add_measure') }));
    await user.fill(this.field('measure.name_label', form), this.riseMeasure);
    await user.select(this.field('measure.data_type_label', form), msg('measure.data_type.proportion'));
    await user.check(form.getByLabel(msg('measure.direction.up'), { exact: true }));
    await user.submit(this.button('project.add_measure', form));
    await page.getByRole('heading', { level: 1, name: this.riseMeasure }).waitFor();
    const rows = page.locator('table[data-grid] tbody tr');
    for (let r = 0; r < 12; r++) {
      const inputs = rows.nth(r).locator('input');
      for (const [c, value] of [riseWomen[r], 100, riseMen[r], 100].entries()) {
        await user.fill(inputs.nth(c), String(value));
      }
    }
    await user.submit(this.button('grid.save'));
    await page.getByRole('status').filter({ hasText: msg('grid.saved') }).waitFor();
    await page.locator('figure.chart svg').first().waitFor();
    const verdicts = (await page.locator('.verdicts .verdict').allInnerTexts()).map((t) => t.trim());
    const women = msg('group.women');
    const men = msg('group.men');
    for (const expected of [
      `${msg('verdict.improvement_for', { group: women })}: ${msg('verdict.yes')} – `,
      `${msg('verdict.improvement_for', { group: men })}: ${msg('verdict.yes')} – `,
      `${msg('verdict.gap_between', { a: women, b: men })}: ${msg('verdict.gap_widening')} – `,
    ]) {
      assert.ok(verdicts.some((v) => v.startsWith(expected)),
                `a verdict starting "${expected}" among: ${verdicts.join(' | ')}`);
    }
    assert.ok(!verdicts.some((v) => v.includes(msg('verdict.only_common'))),
              `no "${msg('verdict.only_common')}" for a steady rise: ${verdicts.join(' | ')}`);
    await this.reached('steady rise read as an improvement', this.tag === 'pointer' ? 'measure-rise' : null);
  }

  async walk() {
    await this.signIn();
    await this.createProject();
    await this.addMeasure();
    await this.enterData();
    await this.readAnalysis();
    await this.runCycle();
    await this.seeCycleOnChart();
    await this.visitProgramme();
    await this.enterSteadyRise();
    assert.deepEqual(this.failures, [], `accessibility violations:\n${this.failures.join('\n')}`);
  }
}
