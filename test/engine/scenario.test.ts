import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, SCENARIOS, ScenarioError, loadScenario, scenarioHash } from '../../shared/index';
import raw from '../../shared/engine/scenarios/default-2026.json';

function broken(patch: (s: any) => void): unknown {
  const s = structuredClone(raw) as any;
  patch(s);
  return s;
}

function errorOf(json: unknown): ScenarioError {
  try {
    loadScenario(json);
  } catch (e) {
    if (e instanceof ScenarioError) return e;
    throw e;
  }
  throw new Error('scenario loaded although it is broken');
}

describe('scenarios', () => {
  it('loads the default scenario with its sources and every role', () => {
    expect(DEFAULT_SCENARIO.id).toBe('default-2026');
    expect(SCENARIOS['default-2026']).toBe(DEFAULT_SCENARIO);
    expect(DEFAULT_SCENARIO.sources.length).toBeGreaterThanOrEqual(8);
    for (const s of DEFAULT_SCENARIO.sources) expect(s.source).toMatch(/public reporting, late 2025|GAME\.md/);
    expect(DEFAULT_SCENARIO.disclaimer.en).toMatch(/approximate/);
    expect(Object.keys(DEFAULT_SCENARIO.companies).sort()).toEqual(['amazon', 'google', 'meta', 'microsoft', 'openai']);
  });

  it('every event has an English and an Arabic title and text', () => {
    for (const e of DEFAULT_SCENARIO.events) {
      for (const t of [e.title, e.text]) {
        expect(t.en.length).toBeGreaterThan(3);
        expect(t.ar).toMatch(/[\u0600-\u06FF]/);
      }
    }
    expect(DEFAULT_SCENARIO.events.map((e) => e.id).sort()).toEqual(
      ['analystNote', 'bubbleCall', 'circularRumor', 'cloudOutage', 'efficiencyBreakthrough', 'enterpriseWave', 'exportControls', 'killerApp', 'powerCrunch', 'rateCut', 'rateHike', 'recessionScare', 'rumor'].sort(),
    );
  });

  it('a broken field is reported by its path', () => {
    expect(errorOf(broken((s) => (s.chips.listPrice = -5))).message).toMatch(/chips\.listPrice: must be > 0/);
    expect(errorOf(broken((s) => delete s.cloud.pref)).message).toMatch(/cloud\.pref/);
    expect(errorOf(broken((s) => (s.companies.meta.allocation.training = 90))).message).toMatch(/companies\.meta\.allocation: training\+products\+cloud must equal 100 \(got 120\)/);
    expect(errorOf(broken((s) => (s.companies.meta.allocation = { training: 50, products: 30, cloud: 20 }))).message).toMatch(/companies\.meta\.allocation\.cloud: must be 0 without a live cloud/);
    expect(errorOf(broken((s) => (s.events[0].title.ar = ''))).message).toMatch(/events\.0\.title\.ar/);
    expect(errorOf(broken((s) => (s.companies.google.past.capex = [1, 2]))).message).toMatch(/companies\.google\.past\.capex: must list 5 quarters/);
    expect(errorOf(broken((s) => (s.contracts.starting[0].seller = 'meta'))).message).toMatch(/contracts\.starting\.0\.seller: meta has no live cloud/);
    expect(errorOf(broken((s) => (s.mood.surprise = 1))).message).toMatch(/mood: unknown field\(s\) surprise/);
    expect(errorOf(broken((s) => (s.events[1].effects[0].param = 'gravity'))).message).toMatch(/events\.1\.effects\.0/);
    expect(errorOf('not a scenario').issues[0]?.path).toBe('');
  });

  it('the scenario hash ignores key order and changes with content', () => {
    const reordered = Object.fromEntries(Object.entries(structuredClone(raw)).reverse());
    expect(scenarioHash(loadScenario(reordered))).toBe(scenarioHash(DEFAULT_SCENARIO));
    expect(scenarioHash(loadScenario(broken((s) => (s.chips.listPrice = 33))))).not.toBe(scenarioHash(DEFAULT_SCENARIO));
    expect(scenarioHash(DEFAULT_SCENARIO)).toMatch(/^[0-9a-f]{16}$/);
  });
});
