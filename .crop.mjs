// usage: node crop.mjs in.png out.png y height
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const [,, input, out, y, h] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
const p = await b.newPage({ viewport: { width: 400, height: 400 } });
const data = readFileSync(input).toString('base64');
await p.setContent(`<body style="margin:0"><img id=i src="data:image/png;base64,${data}"></body>`);
const w = await p.evaluate(() => document.getElementById('i').naturalWidth);
await p.screenshot({ path: out, clip: { x: 0, y: Number(y), width: w, height: Number(h) }, fullPage: true });
await b.close();
