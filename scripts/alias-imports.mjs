// `node scripts/alias-imports.mjs [--check] [file or folder …]` (default: src, tests, scripts).
// Rewrites every relative import that climbs (`../`) into an aliased folder as the alias:
// `../../../shared/contract` → `#shared/contract`, `../clock` (from inside core) → `#core/clock`.
// The aliases are package.json "imports" (Node, tsx, Vite and vitest resolve them from any working
// folder); tsconfig "paths" repeats them for tsc (tests/lint/path-aliases.test.ts keeps the two equal).
// Imports within a folder and its subfolders stay relative (`./licence-row`). --check changes nothing
// and exits 1 when something would change.
import fs from 'node:fs';
import path from 'node:path';

import { projectRoot } from './native-module.mjs';

/** `#shared` → absolute folder, from package.json "imports" ("#shared/*": "./src/shared/*"). */
export function readAliases(root = projectRoot) {
  const { imports = {} } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  return Object.entries(imports)
    .filter(([key, target]) => key.endsWith('/*') && typeof target === 'string' && target.endsWith('/*'))
    .map(([key, target]) => ({ alias: key.slice(0, -2), folder: path.resolve(root, target.slice(0, -2)) }))
    .sort((a, b) => b.folder.length - a.folder.length);
}

// `from '…'`, `import '…'`, `import('…')`, `vi.mock('…')`: the module names a file refers to.
const specifierPattern = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bvi\.mock\(\s*)(['"])(\.\.\/[^'"\n]*)\2/g;

/** The file's text with climbing imports aliased, and what changed. */
export function aliasImports(file, text, aliases) {
  const changes = [];
  const dir = path.dirname(file);
  const rewritten = text.replace(specifierPattern, (whole, lead, quote, specifier) => {
    const target = path.resolve(dir, specifier);
    const match = aliases.find(({ folder }) => target.startsWith(folder + path.sep));
    if (!match) return whole;
    const aliased = `${match.alias}/${path.relative(match.folder, target).split(path.sep).join('/')}`;
    changes.push({ from: specifier, to: aliased });
    return `${lead}${quote}${aliased}${quote}`;
  });
  return { text: rewritten, changes };
}

function* sourceFiles(entry) {
  const stat = fs.statSync(entry);
  if (stat.isFile()) {
    if (/\.(ts|tsx|mts|cts)$/.test(entry) && !entry.endsWith('.d.ts')) yield entry;
    return;
  }
  for (const name of fs.readdirSync(entry).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    yield* sourceFiles(path.join(entry, name));
  }
}

function main(argv) {
  const check = argv.includes('--check');
  const targets = argv.filter((a) => a !== '--check');
  const roots = (targets.length > 0 ? targets : ['src', 'tests', 'scripts']).map((t) => path.resolve(projectRoot, t));
  const aliases = readAliases();
  let files = 0;
  let imports = 0;
  for (const root of roots) {
    for (const file of sourceFiles(root)) {
      const before = fs.readFileSync(file, 'utf8');
      const { text, changes } = aliasImports(file, before, aliases);
      if (changes.length === 0) continue;
      files += 1;
      imports += changes.length;
      const name = path.relative(projectRoot, file);
      if (check) for (const c of changes) console.log(`${name}: '${c.from}' should be '${c.to}'`);
      else fs.writeFileSync(file, text);
    }
  }
  console.log(`${check ? 'Would rewrite' : 'Rewrote'} ${imports} import(s) in ${files} file(s).`);
  if (check && imports > 0) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main(process.argv.slice(2));
}
