// Builds the desktop app's three bundles (main, preload, renderer) exactly as `electron-forge
// package` does, with Forge's own Vite configuration, but without the Electron binary. This is
// how the Electron shell is checked on machines where the binary cannot be downloaded, and what
// the Playwright _electron suite launches (`.vite/build/main.js`).
import { createRequire } from 'node:module';
import path from 'node:path';

import { tsImport } from 'tsx/esm/api';
import { build } from 'vite';

import { projectRoot } from './native-module.mjs';

const require = createRequire(import.meta.url);
const ViteConfigGenerator = require('@electron-forge/plugin-vite/dist/ViteConfig.js').default;

const forgeConfig = (await tsImport(path.join(projectRoot, 'forge.config.ts'), import.meta.url)).default;
const vitePlugin = forgeConfig.default.plugins.find((plugin) => plugin.name === 'vite');
if (!vitePlugin) throw new Error('forge.config.ts has no Vite plugin');

process.chdir(projectRoot);
const generator = new ViteConfigGenerator(vitePlugin.config, projectRoot, true);
const configs = [...(await generator.getBuildConfigs()), ...(await generator.getRendererConfig())];
for (const config of configs) {
  await build({ ...config, configFile: false, logLevel: 'warn' });
}
console.log(`built ${configs.length} bundles into .vite/`);
