// Two ways of using a page, with one interface, so one journey can be walked with the mouse
// and again with the keyboard alone: follow a link, fill in a field, choose an option, open a
// disclosure, send a form. Every wait is on a condition (a navigation, a focused element).
import assert from 'node:assert/strict';

// Runs `action` (a click, a key press) and waits until the page it opens has loaded.
export async function navigation(page, action) {
  const committed = page.waitForEvent('framenavigated',
                                      { predicate: (frame) => frame === page.mainFrame() });
  await action();
  await committed;
  await page.waitForLoadState('load');
}

// Mouse and typing, as most users do.
export class PointerUser {
  constructor(page) { this.page = page; this.keyboardOnly = false; }
  async follow(link) { await navigation(this.page, () => link.click()); }
  async submit(button) { await navigation(this.page, () => button.click()); }
  async fill(field, text) { await field.fill(text); }
  async date(field, iso) { await field.fill(iso); }
  async select(field, label) { await field.selectOption({ label }); }
  async check(box) { await box.check(); }
  async open(summary) {
    if (!(await summary.evaluate((s) => s.parentElement.open))) await summary.click();
  }
}

// The order a date field takes its parts in when typed (Chromium follows its own UI locale):
// found once per browser on a scratch page, e.g. ['month', 'day', 'year'].
async function dateOrder(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const parts = { year: '2031', month: '04', day: '17' };
  for (const order of [['year', 'month', 'day'], ['day', 'month', 'year'],
                       ['month', 'day', 'year']]) {
    await page.setContent('<input type="date" id="d">');
    await page.focus('#d');
    await page.keyboard.type(order.map((p) => parts[p]).join(''));
    if ((await page.inputValue('#d')) === '2031-04-17') {
      await context.close();
      return order;
    }
  }
  await context.close();
  throw new Error('could not find how this browser takes a typed date');
}

// The keyboard alone: Tab and Shift+Tab to move, Enter and Space to act, arrows in radio
// groups and lists, typing into fields. Each element acted on must be reachable with Tab and
// show a visible focus indicator when reached.
export class KeyboardUser {
  constructor(page, browser) { this.page = page; this.browser = browser; this.keyboardOnly = true; }

  // Tabs forward or back (whichever way the target lies in the document) until `target` has
  // focus; fails when it cannot be reached.
  async focus(target) {
    const handle = await target.elementHandle();
    for (let presses = 0; presses < 400; presses++) {
      const where = await this.page.evaluate((t) => {
        const active = document.activeElement;
        if (active === t) return 0;
        if (!active || active === document.body) return 1;
        return active.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING ? 1 : -1;
      }, handle);
      if (where === 0) return this.assertFocusVisible();
      await this.page.keyboard.press(where > 0 ? 'Tab' : 'Shift+Tab');
    }
    assert.fail(`${target} cannot be reached with Tab on ${this.page.url()}`);
  }

  async assertFocusVisible() {
    const seen = await this.page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { visible: el.matches(':focus-visible') && style.outlineStyle !== 'none' &&
                        parseFloat(style.outlineWidth) >= 2,
               what: `${el.tagName.toLowerCase()} "${(el.textContent || el.name || '').trim()
                 .slice(0, 60)}"` };
    });
    assert.ok(seen.visible, `${seen.what} on ${this.page.url()} has focus but no visible outline`);
  }

  async follow(link) {
    await this.focus(link);
    await navigation(this.page, () => this.page.keyboard.press('Enter'));
  }

  async submit(button) {
    await this.focus(button);
    await navigation(this.page, () => this.page.keyboard.press('Enter'));
  }

  async fill(field, text) {
    await this.focus(field);
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.type(text);
  }

  async date(field, iso) {
    this.order ??= await dateOrder(this.browser);
    const [year, month, day] = iso.split('-');
    const parts = { year, month, day };
    await this.focus(field);
    await this.page.keyboard.type(this.order.map((p) => parts[p]).join(''));
    assert.equal(await field.inputValue(), iso, 'the date typed into the field');
  }

  // A closed list: the arrow keys move through its options without opening it.
  async select(field, label) {
    await this.focus(field);
    const labels = await field.evaluate((s) => [...s.options].map((o) => o.textContent.trim()));
    const want = labels.indexOf(label);
    assert.ok(want >= 0, `no option "${label}" in ${labels}`);
    for (let i = 0; i < labels.length; i++) {
      const at = await field.evaluate((s) => s.selectedIndex);
      if (at === want) return;
      await this.page.keyboard.press(at < want ? 'ArrowDown' : 'ArrowUp');
    }
    assert.fail(`could not choose "${label}" with the arrow keys`);
  }

  // A checkbox is ticked with Space; a radio button is chosen with the arrow keys from the
  // group's checked button, which is where Tab lands.
  async check(box) {
    const { type, name } = await box.evaluate((b) => ({ type: b.type, name: b.name }));
    if (type === 'checkbox') {
      await this.focus(box);
      if (!(await box.isChecked())) await this.page.keyboard.press('Space');
    } else {
      const group = this.page.locator(`input[type=radio][name="${name}"]`);
      const checked = group.and(this.page.locator(':checked'));
      await this.focus((await checked.count()) ? checked : group.first());
      for (let i = 0; i < (await group.count()) && !(await box.isChecked()); i++) {
        await this.page.keyboard.press('ArrowDown');
      }
    }
    assert.ok(await box.isChecked(), `${box} is chosen`);
  }

  async open(summary) {
    await this.focus(summary);
    if (!(await summary.evaluate((s) => s.parentElement.open))) {
      await this.page.keyboard.press('Enter');
    }
    assert.ok(await summary.evaluate((s) => s.parentElement.open), `${summary} opened`);
  }
}
