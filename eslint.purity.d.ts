// Types of eslint.purity.js for the TypeScript code that imports it (test/meta/purity.test.ts).
export declare const ALLOWED_MATH: string[];
export declare const purityRules: Record<'no-restricted-globals' | 'no-restricted-syntax' | 'no-restricted-imports', ['error', ...unknown[]]>;
