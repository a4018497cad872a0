// Development helper: quick match through the UI, screenshots of Planning (and more) at a size.
// Usage: npx tsx test/browser/support/drive.ts <url> <lang> <width> <height> [quarters]
import { artifactPath, openContext } from './browser';
import { click, fill, settle, waitScene, widgets } from './ui';

const [url = 'http://127.0.0.1:2650/', lang = 'en', w = '1280', h = '720', steps = '1'] = process.argv.slice(2);
const { page, close } = await openContext({ width: Number(w), height: Number(h) });
const errors: string[] = [];
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
page.on('pageerror', (e) => errors.push(e.message));
await page.goto(`${url}?lang=${lang}`);
await waitScene(page, 'Home');
await fill(page, 'home.name', 'Ada');
await click(page, 'home.role.meta');
await click(page, 'home.quick');
await waitScene(page, 'Planning');
await settle(page, 1200);
const tag = `${lang}-${w}x${h}`;
await page.screenshot({ path: artifactPath(`dev-planning-${tag}.png`) });
for (const tab of ['compute', 'finance', 'deals']) {
  await click(page, `dp.tab.${tab}`);
  await settle(page, 300);
  await page.screenshot({ path: artifactPath(`dev-planning-${tab}-${tag}.png`) });
}
await click(page, 'dp.tab.build');
for (let i = 0; i < Number(steps); i++) {
  await fill(page, 'order.chips.gw', '1');
  await settle(page, 300);
  await click(page, 'dp.submit');
  await waitScene(page, 'Results');
  await settle(page, 4000);
  await page.screenshot({ path: artifactPath(`dev-results-${i}-${tag}.png`) });
  await click(page, 'results.continue');
  await waitScene(page, 'Planning');
  await settle(page, 1200);
  await page.screenshot({ path: artifactPath(`dev-planning-q${i + 1}-${tag}.png`) });
  for (const tab of ['investors', 'company', 'news']) {
    await click(page, `center.tab.${tab}`);
    await settle(page, 400);
    await page.screenshot({ path: artifactPath(`dev-center-${tab}-q${i + 1}-${tag}.png`) });
  }
  await click(page, 'center.tab.markets');
}
console.log('errors:', errors);
console.log((await widgets(page)).length, 'widgets');
await close();
