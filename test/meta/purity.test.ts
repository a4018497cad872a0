import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { purityRules } from '../../eslint.purity.js';

// GAME.md section 9: shared/ is pure and deterministic. The rules are lint rules
// (eslint.purity.js, applied to shared/** by eslint.config.js and run by `npm run lint` in
// `npm test`); this test checks that they catch what they must on fixture files, aliasing
// included, and leave legal code alone.

const ROOT = path.resolve(__dirname, '../..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'purity');

const eslint = new ESLint({
  cwd: ROOT,
  overrideConfigFile: true,
  ignore: false,
  overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, rules: purityRules }],
});

/** Lines of a fixture marked `// expect: <rule>`, as "line rule". */
function expected(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      const m = /\/\/ expect: ([\w-]+)/.exec(line);
      return m ? [`${i + 1} ${m[1]}`] : [];
    });
}

async function reported(file: string): Promise<{ found: string[]; messages: string[] }> {
  const [result] = await eslint.lintFiles([file]);
  const messages = result!.messages;
  return { found: [...new Set(messages.map((m) => `${m.line} ${m.ruleId}`))], messages: messages.map((m) => `${m.line}: ${m.message}`) };
}

describe('shared/ purity lint rules', () => {
  it('report every forbidden API, import and alias of Math in the impure fixture, and nothing else', async () => {
    const file = path.join(FIXTURES, 'impure.ts');
    const { found, messages } = await reported(file);
    expect(found.sort()).toEqual(expected(file).sort());
    expect(messages).toContain('18: Do not alias or destructure Math: the purity rules could not see what is called through it');
    expect(messages.some((m) => m.startsWith('15: Only Math.sqrt/floor/ceil/round/trunc/min/max/abs/sign/imul/clz32 are allowed'))).toBe(true);
  });

  it('leave what shared/ may do alone: allowed Math, seedrandom, zod, shared/ imports, words in comments and strings', async () => {
    const { messages } = await reported(path.join(FIXTURES, 'pure.ts'));
    expect(messages).toEqual([]);
  });

  it('are what the project lint config applies to shared/', async () => {
    const config = (await new ESLint({ cwd: ROOT }).calculateConfigForFile(path.join(ROOT, 'shared', 'engine', 'resolve.ts'))) as { rules: Record<string, unknown[]> };
    for (const [rule, [, ...options]] of Object.entries(purityRules)) expect(config.rules[rule], rule).toEqual([2, ...options]);
  });
});
