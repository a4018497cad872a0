import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, loadScenario, type Scenario } from '../../shared/engine';
import { ECONOMY_DOC, renderEconomyDoc, staleEconomyBlocks } from '../../cli/lib/economy-doc';
import { parameterTables, uncoveredParameters } from '../../cli/lib/economy-table';

// docs/ECONOMY.md must describe the model as it is: its parameter tables, event table, starting
// figures and worked examples are generated from the default scenario and the engine
// (`npm run docs`), and this test fails as soon as one of them is stale.

const HOW = 'run `npm run docs` (cli/docs.ts) to regenerate them from the scenario and the engine, then read what moved';
const doc = readFileSync(path.resolve(__dirname, '../..', ECONOMY_DOC), 'utf8');

function tuned(patch: (s: Scenario) => void): Scenario {
  const s = structuredClone(DEFAULT_SCENARIO);
  patch(s);
  return loadScenario(s);
}

describe('docs/ECONOMY.md', () => {
  it('its generated parts (parameter and event tables, starting figures, worked examples) match the scenario and the engine', () => {
    const stale = staleEconomyBlocks(doc);
    expect(stale, `${ECONOMY_DOC} no longer matches the scenario/engine in: ${stale.join(', ')} — ${HOW}`).toEqual([]);
  });

  it('every number of the scenario has a row in the parameter table', () => {
    const missing = uncoveredParameters();
    expect(missing, `scenario parameters with no row in cli/lib/economy-table.ts: ${missing.join(', ')}; add rows, then ${HOW}`).toEqual([]);
  });

  it('every "§7.n" the tables cite is an item of section 7', () => {
    const section7 = doc.slice(doc.indexOf('## 7. Deliberate changes'), doc.indexOf('## 8.'));
    const items = [...section7.matchAll(/^(\d+)\. \*\*/gm)].map((m) => Number(m[1]));
    expect(items).toEqual(items.map((_, i) => i + 1));
    const cited = [...doc.matchAll(/§7\.(\d+)/g)].map((m) => Number(m[1]));
    expect(cited.length).toBeGreaterThan(0);
    for (const n of cited) expect(items, `§7.${n} is cited but section 7 has ${items.length} items`).toContain(n);
  });

  it('a tuned scenario makes the tables and the examples stale', () => {
    const s = tuned((x) => {
      x.distress.covenantLeverage = 5;
      x.chips.neutralDemand = 3.5;
    });
    expect(staleEconomyBlocks(doc, s)).toEqual(expect.arrayContaining(['version', 'chips', 'distress', 'parameters']));
    expect(renderEconomyDoc(doc, s)).toContain('| `distress.covenantLeverage` | debt ≤ 5 × trailing EBITDA (EBITDA > 0) | not in GAME.md (§7.21) |');
  });

  it('a value moved away from GAME.md without an item in section 7 is refused, naming the parameter', () => {
    const s = tuned((x) => (x.chips.supplyCap = 7));
    expect(() => parameterTables(s)).toThrow(/chips\.supplyCap.*differs from GAME\.md.*section 7/);
  });
});
