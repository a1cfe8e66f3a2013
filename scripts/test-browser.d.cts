export type TestBrowser =
  | { executablePath: string | undefined; source: 'CHROMIUM_PATH' | 'system' | 'playwright' }
  | { executablePath: null; problem: string };
export function findTestBrowser(env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): TestBrowser;
export function installAdvice(platform?: NodeJS.Platform): string;
