// Electronegativity (Doyensec's static checker for Electron's security checklist) over the
// Electron shell, offline: its two network look-ups (fresh translations, Electron's release list)
// are answered "offline" at once, so a scan never reaches for the internet and takes seconds.
// Every finding must be explained in security/electronegativity-accepted.json (or fixed); the
// script prints the findings and exits 1 when one is unexplained, an explanation matches nothing,
// or a file could not be parsed. `--json` prints the raw result instead.
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const packageDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json', { paths: [root] }));
const offline = () => Promise.reject(new Error('offline: the project scan makes no network requests'));
offline.head = offline;
const gotPath = require.resolve('got', { paths: [packageDir] });
const stub = new Module(gotPath);
stub.loaded = true;
stub.exports = offline;
require.cache[gotPath] = stub;

/** What is scanned: the Electron shell's own sources (the preload and the window settings included). */
const argument = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
// --input and --accepted exist for the test that shows an unsafe window is caught.
const inputs = [argument('--input') ?? 'src/main/electron'];
const acceptedFile = argument('--accepted') ?? 'security/electronegativity-accepted.json';

async function main() {
  const run = require(packageDir).default ?? require(packageDir);
  const accepted = JSON.parse(fs.readFileSync(path.resolve(root, acceptedFile), 'utf8'));
  const problems = [];
  const findings = [];
  for (const input of inputs) {
    const quiet = console.log;
    // The library prints its "offline" notices on console.log; they would garble --json.
    console.log = () => {};
    let result;
    try {
      result = await run(
        {
          input: path.resolve(root, input),
          isRelative: true,
          isVerbose: false,
          electronVersionOverride: '45.5.0',
          parserPlugins: [],
        },
        false,
      );
    } finally {
      console.log = quiet;
    }
    for (const error of result.errors) problems.push(`${input}/${error.file}: could not be parsed (${error.message})`);
    for (const issue of result.issues) {
      findings.push({
        check: issue.id,
        file: `${input}/${issue.file}`,
        line: issue.location.line,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        description: issue.description,
      });
    }
  }
  const explained = (f) => accepted.findings.find((a) => a.check === f.check && a.file === f.file);
  for (const f of findings)
    if (!explained(f))
      problems.push(
        `unexplained finding ${f.check} in ${f.file}:${f.line} (${f.severity}, ${f.confidence}): ${f.description}`,
      );
  for (const a of accepted.findings)
    if (!findings.some((f) => f.check === a.check && f.file === a.file))
      problems.push(`the explanation for ${a.check} in ${a.file} matches no finding any more: remove it`);

  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ findings, problems })}\n`);
  } else {
    for (const f of findings)
      console.log(
        `${f.check}  ${f.file}:${f.line}  ${f.severity}/${f.confidence}\n    ${explained(f)?.reason ?? 'NOT EXPLAINED'}`,
      );
    for (const p of problems) console.error(`PROBLEM: ${p}`);
    console.log(`${findings.length} finding(s), ${problems.length} problem(s).`);
  }
  process.exitCode = problems.length === 0 ? 0 : 1;
}

main().catch((error) => {
  console.error(error.stack ?? String(error));
  process.exitCode = 2;
});
