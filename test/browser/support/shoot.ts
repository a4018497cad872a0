// Development helper: screenshots a running client at the three reference sizes.
// Usage: npx tsx test/browser/support/shoot.ts <url> <name> [lang]
import { artifactPath, openContext } from './browser';

const [url = 'http://127.0.0.1:2650/', name = 'shot', lang = 'en'] = process.argv.slice(2);
const sizes = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 1024, height: 640 },
];
for (const size of sizes) {
  const { page, close } = await openContext(size);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(`${url}${url.includes('?') ? '&' : '?'}lang=${lang}`);
  await page.waitForFunction(() => document.body.dataset.scene === 'Home', null, { timeout: 30000 });
  await page.waitForTimeout(600);
  const file = artifactPath(`${name}-${lang}-${size.width}x${size.height}.png`);
  await page.screenshot({ path: file });
  console.log(file, errors.length ? errors : '');
  await close();
}
