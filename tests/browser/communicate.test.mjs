// Communicating results inside and outside (issue #13, "Done means"), in Swedish with the
// mouse: a chef opens the demo project's improvement story, finds an abandoned cycle and what
// was learned from it, downloads the story as a Word document, publishes the story after its
// preview, opens the public address in a fresh browser without signing in, and unpublishes
// it, after which the address answers 404. axe-core runs on every page reached.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { PointerUser } from './actors.mjs';
import { launchBrowser } from './browser.mjs';
import { axeViolations, catalogue, screenshot } from './checks.mjs';
import { startStegvis } from './stegvis-server.mjs';

const chef = { email: 'chef@solvik.example', password: 'stegvis-demo-2026' };
const team = 'Trygg hemgång';
const project = 'Trygg och jämställd hemgång';
const abandonedCycle = 'Samma kontaktperson, en vecka';
const learning = 'Idén kräver en bemanning vi inte har under sommaren.';
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

async function freshContext() {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 },
                                             acceptDownloads: true });
  context.setDefaultTimeout(15000);
  return context;
}

async function noViolations(page, what) {
  const found = (await axeViolations(page)).map((v) => `${v.id}: ${v.help} at ${v.nodes.join(', ')}`);
  assert.deepEqual(found, [], `${what} (${new URL(page.url()).pathname}): no axe violations`);
}

test('a chef tells the story inside and outside: story, Word document, public page', async () => {
  const context = await freshContext();
  const page = await context.newPage();
  const user = new PointerUser(page);
  const main = page.locator('main');
  const link = (name) => main.getByRole('link', { name, exact: true });
  try {
    await page.goto(`${server.url}/login`);
    await user.fill(page.getByLabel(msg('login.email'), { exact: true }), chef.email);
    await user.fill(page.getByLabel(msg('login.password'), { exact: true }), chef.password);
    await user.submit(main.getByRole('button', { name: msg('login.submit'), exact: true }));

    // The story, from the team's project.
    await user.follow(link(team));
    await user.follow(link(project));
    await user.follow(link(msg('story.link')));
    await page.getByRole('heading', { level: 1, name: project }).waitFor();
    await noViolations(page, 'the story');
    await screenshot(page, 'communicate-story');
    const abandoned = main.locator('section.story-cycle--abandoned')
      .filter({ has: page.getByRole('heading', { name: new RegExp(abandonedCycle) }) });
    assert.equal(await abandoned.count(), 1, 'the abandoned cycle is in the story');
    assert.match(await abandoned.innerText(), new RegExp(learning.replace('.', '\\.')));
    assert.match(await abandoned.innerText(), new RegExp(msg('pdsa.decision.abandon')));

    // The Word document: a zip package with the story's body.
    const [download] = await Promise.all([page.waitForEvent('download'),
                                          link(msg('story.docx_link')).click()]);
    assert.match(download.suggestedFilename(), /^berattelse-.*\.docx$/);
    const bytes = readFileSync(await download.path());
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'a zip package');
    assert.ok(bytes.includes(Buffer.from('word/document.xml')), 'with its document part');

    // Publish after the preview.
    await user.follow(link(msg('story.publish_link')));
    await page.getByRole('heading', { name: msg('publication.preview_heading') }).waitFor();
    await noViolations(page, 'the preview');
    assert.match(await main.innerText(), new RegExp(learning.replace('.', '\\.')),
                 'the preview shows what the public will see');
    await user.submit(main.getByRole('button', { name: msg('publication.publish'), exact: true }));
    const published = main.getByRole('status').filter({ hasText: msg('publication.published_at') });
    await published.waitFor();
    const url = await published.getByRole('link').getAttribute('href');
    assert.match(url, /^\/publicerat\//);

    // The public page, in a browser that never signed in.
    const visitor = await freshContext();
    try {
      const publicPage = await visitor.newPage();
      const response = await publicPage.goto(`${server.url}${url}`);
      assert.equal(response.status(), 200);
      await publicPage.getByRole('heading', { level: 1, name: project }).waitFor();
      assert.match(await publicPage.locator('main').innerText(),
                   new RegExp(learning.replace('.', '\\.')));
      assert.equal(await publicPage.locator('.signed-in__name').count(), 0, 'nobody is signed in');
      await noViolations(publicPage, 'the public page');
      await screenshot(publicPage, 'communicate-public');

      // Unpublished, the address is gone.
      await user.submit(main.getByRole('button', { name: msg('publication.unpublish'), exact: true }));
      await main.getByText(msg('publication.not_published')).waitFor();
      const gone = await publicPage.goto(`${server.url}${url}`);
      assert.equal(gone.status(), 404);
    } finally {
      await visitor.close();
    }
  } catch (error) {
    const seen = await page.locator('main').innerText().catch(() => '');
    error.message += `\non ${page.url()}, which showed:\n${seen.slice(0, 1500)}`;
    throw error;
  } finally {
    await context.close();
  }
});
