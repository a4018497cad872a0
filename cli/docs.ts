import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ECONOMY_DOC, renderEconomyDoc, staleEconomyBlocks } from './lib/economy-doc';

// `npm run docs`: rewrites the generated parts of docs/ECONOMY.md (parameter and event tables,
// starting figures, worked examples) from the default scenario and the engine. `--check` only
// compares (exit 1 when a part is stale). Run it after tuning the scenario or changing the engine.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.join(root, ECONOMY_DOC);
const args = process.argv.slice(2);
const check = args.includes('--check');
const unknown = args.filter((a) => a !== '--check');
if (unknown.length) {
  console.error(`unknown argument(s): ${unknown.join(' ')}\nusage: npm run docs [-- --check]`);
  process.exit(2);
}
try {
  const text = readFileSync(file, 'utf8');
  const stale = staleEconomyBlocks(text);
  if (check) {
    console.log(stale.length ? `${ECONOMY_DOC}: stale part(s): ${stale.join(', ')} — run npm run docs` : `${ECONOMY_DOC} is up to date.`);
    process.exit(stale.length ? 1 : 0);
  }
  if (stale.length) writeFileSync(file, renderEconomyDoc(text));
  console.log(stale.length ? `${ECONOMY_DOC}: rewrote ${stale.join(', ')}.` : `${ECONOMY_DOC} is up to date.`);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(2);
}
