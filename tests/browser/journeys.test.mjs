// The main journey (journey.mjs) with the mouse in Swedish and in English, and with the
// keyboard alone in Swedish, each on its own fresh demo data: one server per file, one
// browser, a new browser context per journey.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { KeyboardUser, PointerUser } from './actors.mjs';
import { launchBrowser } from './browser.mjs';
import { Journey } from './journey.mjs';
import { startStegvis } from './stegvis-server.mjs';

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

async function walk(lang, tag, User) {
  // A Swedish browser: the English journey starts by choosing English on the login page.
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  try {
    context.setDefaultTimeout(15000);
    const page = await context.newPage();
    try {
      await new Journey({ page, user: new User(page, browser), lang, server, tag }).walk();
    } catch (error) {
      // Say where the journey stopped and what the user saw there.
      const seen = await page.locator('main').innerText().catch(() => '');
      error.message += `\non ${page.url()}, which showed:\n${seen.slice(0, 2000)}`;
      throw error;
    }
  } finally {
    await context.close();
  }
}

test('a team member, in Swedish, from signing in to the change idea other teams test', () =>
  walk('sv', 'pointer', PointerUser));

test('a team member, in English, the same journey', () => walk('en', 'pointer', PointerUser));

test('a team member with the keyboard alone, the same journey', () =>
  walk('sv', 'keyboard', KeyboardUser));
