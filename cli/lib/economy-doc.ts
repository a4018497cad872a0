import { must } from '../../shared/lists';
import { DEFAULT_SCENARIO, ENGINE_VERSION, scenarioHash, type Scenario } from '../../shared/engine';
import { eventTable, parameterTables } from './economy-table';
import { chipBlock, cloudBlock, distressBlock, startingBlock } from './economy-examples';
import { v2Block } from './economy-v2-examples';
import { simExampleBlock } from './economy-sim-example';

// The generated parts of docs/ECONOMY.md. Each sits between `<!-- generated:NAME -->` and
// `<!-- /generated:NAME -->`; everything else in the document is prose. `npm run docs` rewrites
// them from the scenario and the engine; test/engine/economy-doc.test.ts fails when one is stale.

export const ECONOMY_DOC = 'docs/ECONOMY.md';

export function economyBlocks(scenario: Scenario = DEFAULT_SCENARIO): Record<string, () => string> {
  return {
    version: () => `Engine version ${ENGINE_VERSION}, scenario \`${scenario.id}\` (hash \`${scenarioHash(scenario)}\`).`,
    starting: () => startingBlock(scenario),
    chips: () => chipBlock(scenario),
    cloud: () => cloudBlock(scenario),
    distress: () => distressBlock(scenario),
    engine: () => v2Block(scenario),
    sim: () => simExampleBlock(scenario),
    events: () => eventTable(scenario),
    parameters: () => parameterTables(scenario),
  };
}

const BLOCK = /<!-- generated:([a-z]+) -->\n([\s\S]*?)<!-- \/generated:\1 -->/g;

/** The document with every generated block rewritten; throws if a block is missing or unknown. */
export function renderEconomyDoc(text: string, scenario: Scenario = DEFAULT_SCENARIO): string {
  const blocks = economyBlocks(scenario);
  const seen = new Set<string>();
  const out = text.replace(BLOCK, (_m, name: string) => {
    const make = blocks[name];
    if (!make) throw new Error(`${ECONOMY_DOC}: unknown generated block '${name}'`);
    seen.add(name);
    return `<!-- generated:${name} -->\n${make()}\n<!-- /generated:${name} -->`;
  });
  const missing = Object.keys(blocks).filter((n) => !seen.has(n));
  if (missing.length) throw new Error(`${ECONOMY_DOC}: missing generated block(s) ${missing.join(', ')} (<!-- generated:NAME --> … <!-- /generated:NAME -->)`);
  return out;
}

/** Names of the blocks whose text differs from what the scenario and the engine give now. */
export function staleEconomyBlocks(text: string, scenario: Scenario = DEFAULT_SCENARIO): string[] {
  const fresh = renderEconomyDoc(text, scenario);
  const now = new Map([...text.matchAll(BLOCK)].map((m) => [m[1], m[2]]));
  return [...fresh.matchAll(BLOCK)].filter((m) => now.get(m[1]) !== m[2]).map((m) => must(m[1], 'generated block name'));
}
