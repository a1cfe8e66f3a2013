import fc from 'fast-check';

/**
 * Values a hostile or broken caller sends: wrong types, sizes far past any limit, prototype
 * keys, deep nesting, numbers JSON cannot carry, impossible dates, and strings that break naive
 * text handling. `structuredClone` types are included because Electron IPC carries them.
 */

/** Built iteratively: a recursive builder would blow the test's own stack first. */
export function deeplyNested(depth: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = kind === 'array' ? [value] : { child: value };
  return value;
}

/** Own `__proto__`/`constructor` keys, as JSON.parse (and so HTTP and IPC) produces them. */
export const prototypeKeys = fc.constantFrom(
  JSON.parse('{"__proto__": {"polluted": true, "isAdmin": true}}') as unknown,
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown,
  JSON.parse('{"__proto__": null, "toString": "x", "valueOf": 1, "hasOwnProperty": false}') as unknown,
  JSON.parse('{"prototype": {"polluted": true}, "__defineGetter__": 1}') as unknown,
);

export const hugeString = fc.constantFrom(
  'x'.repeat(70_000),
  'A'.repeat(1_100_000),
  '\u{1F600}'.repeat(50_000),
  '7606.12.30.35 '.repeat(20_000),
);

export const nastyString = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff\ud800',
  '\u202eevil\u202c',
  '=HYPERLINK("http://127.0.0.1/x","click")',
  '+1-2',
  '@SUM(A1:A9)',
  '\t=1',
  "'; DROP TABLE licences; --",
  '" OR 1=1 --',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2f',
  '<script>alert(1)</script>',
  '${process.exit()}',
  '__proto__',
  'constructor',
  'NaN',
  '-0',
  '1e309',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '9999-99-99',
  '2026-03-02T25:61:00Z',
  'N/A',
  'UNKNOWN',
  'NA',
  'ＡＢＣ',
  'İstanbul',
  'ß',
);

export const strangeNumber = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  -1e308,
  0.1 + 0.2,
  2 ** 53,
);

/** Only what survives Electron's structured clone (no functions, no symbols). */
export const cloneOnly = fc.constantFrom<unknown>(
  new Date('invalid'),
  new Date(8.64e15),
  new Map([['a', 1]]),
  new Set([1, 2]),
  new Uint8Array([1, 2, 3]),
  10n ** 30n,
  Object.assign(new Array(3), { 0: 1, 2: 3 }) as unknown, // sparse: a hole in the middle
  Object.create(null) as unknown,
);

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: nastyString, weight: 4 },
  { arbitrary: strangeNumber, weight: 2 },
  { arbitrary: prototypeKeys, weight: 2 },
  { arbitrary: hugeString, weight: 1 },
  { arbitrary: cloneOnly, weight: 1 },
  { arbitrary: fc.constantFrom(deeplyNested(5_000, 'array'), deeplyNested(5_000, 'object')), weight: 1 },
  { arbitrary: fc.constantFrom(null, undefined, true, false, 0, -1, [], {}, [[]], [{}]), weight: 2 },
  {
    arbitrary: fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withNullPrototype: true,
    }),
    weight: 3,
  },
);
