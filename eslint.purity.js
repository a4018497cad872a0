// GAME.md section 9 as lint rules for shared/: the engine, bots, orders and replay code must give
// the same result bit for bit on every machine and never reach the platform. eslint.config.js
// applies these to shared/**; test/meta/purity.test.ts checks them on fixture files.

/** The Math functions that are exact in IEEE 754 (or integer-only) on every engine. */
export const ALLOWED_MATH = ['sqrt', 'floor', 'ceil', 'round', 'trunc', 'min', 'max', 'abs', 'sign', 'imul', 'clz32'];

const DETERMINISM = 'is not deterministic across machines (GAME.md §9): use the seeded streams and shared/math';
const PLATFORM = 'shared/ is pure: no platform APIs (GAME.md §9); the server or client passes what it needs';

const platformGlobals = [
  'Date',
  'performance',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'clearTimeout',
  'clearInterval',
  'clearImmediate',
  'queueMicrotask',
  'requestAnimationFrame',
  'process',
  'window',
  'document',
  'globalThis',
  'global',
  'self',
  'fetch',
  'crypto',
  'localStorage',
  'sessionStorage',
  'navigator',
  'require',
  'Buffer',
];

const NODE_BUILTINS = ['assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'fs/promises', 'http', 'https', 'net', 'os', 'path', 'perf_hooks', 'process', 'stream', 'timers', 'url', 'util', 'worker_threads', 'zlib'];

export const purityRules = {
  'no-restricted-globals': ['error', ...platformGlobals.map((name) => ({ name, message: `${name}: ${name === 'Date' || name === 'performance' ? `the clock ${DETERMINISM}` : PLATFORM}` }))],
  'no-restricted-syntax': [
    'error',
    {
      selector: `MemberExpression[object.name='Math'][computed=false][property.name!=/^(${ALLOWED_MATH.join('|')})$/]`,
      message: `Only Math.${ALLOWED_MATH.join('/')} are allowed in shared/: other Math functions (random, pow, exp, log, sin…) ${DETERMINISM}`,
    },
    { selector: "MemberExpression[object.name='Math'][computed=true]", message: `Math[…] hides which function is used; call an allowed one by name (${ALLOWED_MATH.join(', ')})` },
    { selector: "VariableDeclarator[init.name='Math']", message: 'Do not alias or destructure Math: the purity rules could not see what is called through it' },
    { selector: "AssignmentExpression[right.name='Math']", message: 'Do not alias Math: the purity rules could not see what is called through it' },
    { selector: ":matches(CallExpression, NewExpression) > Identifier.arguments[name='Math']", message: 'Do not pass Math around: the purity rules could not see what is called through it' },
    { selector: "Property > Identifier.value[name='Math']", message: 'Do not store Math in an object: the purity rules could not see what is called through it' },
    { selector: "BinaryExpression[operator='**'], AssignmentExpression[operator='**=']", message: `** ${DETERMINISM}: use powInt from shared/math` },
    { selector: 'ImportExpression', message: 'No dynamic import in shared/: import statically from shared/, seedrandom or zod' },
  ],
  'no-restricted-imports': [
    'error',
    {
      paths: NODE_BUILTINS.map((name) => ({ name, message: PLATFORM })),
      patterns: [
        { group: ['node:*'], message: PLATFORM },
        { group: ['@colyseus/*', 'colyseus', 'colyseus.js'], message: 'shared/ may not import Colyseus: the server wraps shared/, not the other way round' },
        { group: ['phaser', 'phaser/*'], message: 'shared/ may not import Phaser: the client wraps shared/' },
        { group: ['**/server', '**/server/**'], message: 'shared/ may not import server/ code' },
        { group: ['**/client', '**/client/**'], message: 'shared/ may not import client/ code' },
        { regex: '^(?!\\.|seedrandom$|zod$)', message: 'shared/ imports only shared/, seedrandom and zod' },
      ],
    },
  ],
};
