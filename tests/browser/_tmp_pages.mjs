import { launchBrowser } from './browser.mjs';
const [,, base, email, ...paths] = process.argv;
const b = await launchBrowser();
for (const width of [1280, 360]) {
  const ctx = await b.newContext({ viewport: { width, height: 900 } });
  const p = await ctx.newPage();
  await p.goto(base + '/login');
  await p.fill('#email', email);
  await p.fill('#password', 'stegvis-demo-2026');
  await p.click('button[type=submit]');
  await p.waitForLoadState();
  for (const path of paths) {
    await p.goto(base + path);
    const name = path.replace(/[^a-z0-9]+/gi, '_');
    const sel = process.env.SEL; const n = process.env.NTH ? parseInt(process.env.NTH) : 0;
    if (sel) await p.locator(sel).nth(n).screenshot({ path: `/tmp/charts_srv/el${name}_${width}.png`, timeout: 60000 });
    else await p.screenshot({ path: `/tmp/charts_srv/shot${name}_${width}.png`, fullPage: true, timeout: 60000 });
  }
  await ctx.close();
}
await b.close();
