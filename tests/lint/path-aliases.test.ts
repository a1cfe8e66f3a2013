import fs from 'node:fs';
import path from 'node:path';

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// @ts-expect-error -- a plain .mjs script without type declarations
import { aliasImports, readAliases } from '../../scripts/alias-imports.mjs';

const root = path.resolve(__dirname, '../..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));

describe('path aliases (#shared, #core, #renderer)', () => {
  it('are the same in package.json "imports" (Node, tsx, Vite, vitest) and tsconfig "paths" (tsc)', () => {
    const imports: Record<string, string> = readJson('package.json').imports;
    const paths: Record<string, string[]> = readJson('tsconfig.base.json').compilerOptions.paths;
    expect(Object.keys(imports).sort()).toEqual(Object.keys(paths).sort());
    for (const [alias, target] of Object.entries(imports)) expect(paths[alias]).toEqual([target]);
  });

  it('rewrite a climbing import into the aliased folder and leave imports within a folder alone', () => {
    const file = path.join(root, 'src/main/core/licences/x.ts');
    const text =
      "import { a } from '../../../shared/contract';\nimport { b } from '../clock';\nimport { c } from './row';\n";
    const { text: out, changes } = aliasImports(file, text, readAliases(root));
    expect(out).toBe(
      "import { a } from '#shared/contract';\nimport { b } from '#core/clock';\nimport { c } from './row';\n",
    );
    expect(changes).toHaveLength(2);
  });

  it('keep the process boundaries: the renderer cannot import #core, the backend cannot import #renderer', async () => {
    const eslint = new ESLint({ cwd: root });
    const rulesFor = async (file: string, code: string) => {
      const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
      return result!.messages.map((m) => m.ruleId ?? m.message);
    };
    expect(
      await rulesFor(
        'src/renderer/x.ts',
        "import { createCore } from '#core/create-core';\nexport const a = createCore;",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await rulesFor(
        'src/shared/x.ts',
        "import { createCore } from '#core/create-core';\nexport const a = createCore;",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await rulesFor('src/main/core/x.ts', "import { App } from '#renderer/app';\nexport const a = App;"),
    ).toContain('no-restricted-imports');
  });
});
