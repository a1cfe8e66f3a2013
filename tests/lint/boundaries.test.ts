import path from 'node:path';

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** Lints a snippet as if it were the given file, and returns the rule ids that fired. */
async function rulesFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('lint keeps the process boundaries', () => {
  it('src/shared may not import Node, Electron, React or main/renderer code, nor use DOM or Node globals', async () => {
    expect(await rulesFor('src/shared/x.ts', "import fs from 'node:fs';\nexport const a = fs;")).toContain(
      'no-restricted-imports',
    );
    expect(await rulesFor('src/shared/x.ts', "import path from 'path';\nexport const a = path;")).toContain(
      'no-restricted-imports',
    );
    expect(await rulesFor('src/shared/x.ts', "import { app } from 'electron';\nexport const a = app;")).toContain(
      'no-restricted-imports',
    );
    expect(
      await rulesFor('src/shared/x.ts', "import { useState } from 'react';\nexport const a = useState;"),
    ).toContain('no-restricted-imports');
    expect(
      await rulesFor(
        'src/shared/x.ts',
        "import { createCore } from '../main/core/create-core';\nexport const a = createCore;",
      ),
    ).toContain('no-restricted-imports');
    expect(await rulesFor('src/shared/x.ts', 'export const a = window.location;')).toContain('no-restricted-globals');
    expect(await rulesFor('src/shared/x.ts', 'export const a = process.env;')).toContain('no-restricted-globals');
    expect(await rulesFor('src/shared/x.ts', "import { z } from 'zod';\nexport const a = z;")).toEqual([]);
  });

  it('src/main/core may not import Electron', async () => {
    expect(await rulesFor('src/main/core/x.ts', "import { app } from 'electron';\nexport const a = app;")).toContain(
      'no-restricted-imports',
    );
    expect(
      await rulesFor(
        'src/main/core/x.ts',
        "import { hostIpc } from '../electron/ipc-host';\nexport const a = hostIpc;",
      ),
    ).toContain('no-restricted-imports');
    expect(await rulesFor('src/main/core/x.ts', "import fs from 'node:fs';\nexport const a = fs;")).toEqual([]);
  });

  it('src/renderer may not import Node, Electron or src/main', async () => {
    expect(await rulesFor('src/renderer/x.ts', "import fs from 'node:fs';\nexport const a = fs;")).toContain(
      'no-restricted-imports',
    );
    expect(
      await rulesFor('src/renderer/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;"),
    ).toContain('no-restricted-imports');
    expect(
      await rulesFor(
        'src/renderer/x.ts',
        "import { createCore } from '../main/core/create-core';\nexport const a = createCore;",
      ),
    ).toContain('no-restricted-imports');
    expect(await rulesFor('src/renderer/x.ts', 'export const a = process.env;')).toContain('no-restricted-globals');
  });

  it('the sandboxed preload may not import main-process modules', async () => {
    expect(
      await rulesFor('src/main/electron/preload.ts', "import { ipcMain } from 'electron';\nexport const a = ipcMain;"),
    ).toContain('no-restricted-imports');
    expect(
      await rulesFor(
        'src/main/electron/preload.ts',
        "import { contextBridge } from 'electron';\nexport const a = contextBridge;",
      ),
    ).toEqual([]);
  });

  it('production code may not import test helpers; tests may', async () => {
    const helper = "import { ruleContext } from '../../../tests/support/rule-context';\nexport const a = ruleContext;";
    for (const file of ['src/shared/rules/x.ts', 'src/main/core/licences/x.ts', 'src/renderer/features/x/x.tsx'])
      expect(await rulesFor(file, helper)).toContain('no-restricted-imports');
    expect(await rulesFor('src/shared/rules/x.test.ts', helper)).toEqual([]);
    expect(await rulesFor('src/renderer/features/x/x.test.tsx', helper)).toEqual([]);
  });
});
