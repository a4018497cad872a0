import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { purityRules } from './eslint.purity.js';

// `npm run lint` (part of `npm test`): typescript-eslint's type-aware recommended rules over the
// whole project, minus the few below, plus shared/'s purity rules (eslint.purity.js).

export default defineConfig(
  { ignores: ['dist/**', 'coverage/**', 'test/artifacts/**', 'test/fixtures/purity/**', 'node_modules/**', 'data/**'] },
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Off: the redundant `!` and `as` it found were removed (eslint --fix, once), but it also asks
      // for explicit type arguments instead of a cast on overloaded calls (`room.request(...) as R`,
      // `page.evaluate(...) as T`), and its fix is not safe where a `let` is narrowed in a loop.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // A leading underscore marks a value left out on purpose (`const { settings: _s, ...rest } = o`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests read JSON answers, SDK room state and mocks as `any` on purpose (~900 places): the
      // assertions check the values, the types would only repeat them.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // `expect(obj.method).toHaveBeenCalled()` passes methods around without calling them.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  { files: ['shared/**/*.ts'], rules: purityRules },
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
);
