// Setup of the DOM test project (vitest.config.ts): the renderer's own zod settings, a clean
// document and no notices left over after every test, and a failed test for any call a screen made that the test did not
// expect (see memory-bridge.ts).
import '#renderer/zod-config';

import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

import { notices } from '#renderer/components/toasts';

import { takeBridgeProblems } from './memory-bridge';

afterEach(() => {
  cleanup();
  notices.clear();
  const problems = takeBridgeProblems();
  if (problems.length > 0) throw new Error(problems.join('\n'));
});
