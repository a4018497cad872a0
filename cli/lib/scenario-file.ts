import { readFileSync } from 'node:fs';
import { ScenarioError, loadScenario, type Scenario } from '../../shared/engine';
import { UsageError } from './args';

/** A `--scenario <file>` argument: the file's JSON and the validated scenario, or a UsageError saying what is wrong. */
export function readScenarioFile(file: string): { json: unknown; scenario: Scenario } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`--scenario: cannot read ${file} as JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  try {
    return { json, scenario: loadScenario(json) };
  } catch (e) {
    if (e instanceof ScenarioError) throw new UsageError(`--scenario: ${e.message}`);
    throw e;
  }
}
