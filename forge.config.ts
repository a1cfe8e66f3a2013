import fs from 'node:fs/promises';
import path from 'node:path';

import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerRpm } from '@electron-forge/maker-rpm';
import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { AutoUnpackNativesPlugin } from '@electron-forge/plugin-auto-unpack-natives';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import type { ForgeConfig } from '@electron-forge/shared-types';

/**
 * The Vite plugin packages only the `.vite` bundles, so a native module marked external would be
 * missing from the app. These packages (better-sqlite3 and what it requires at run time) are
 * copied in after the copy step; Forge then rebuilds them for Electron's ABI, and the
 * auto-unpack plugin moves the `.node` binary out of the ASAR, where it could not be loaded.
 */
export const nativeRuntimePackages = ['better-sqlite3', 'bindings', 'file-uri-to-path'];

/**
 * The supplier-document reader (src/main/core/suppliers/documents/reading) loads these at run time, in its
 * worker thread, and they stay outside the bundles (vite.main.config.ts): pdf.js (its Node build
 * loads its own worker file and data next to itself), @napi-rs/canvas (Skia, a native module with
 * one prebuilt package per platform; N-API, so no rebuild for Electron), tesseract.js (it starts
 * its OCR thread from a script inside its package and loads the WebAssembly engine from
 * tesseract.js-core), the English OCR model, and the TIFF decoder. They are copied in with
 * everything they require (optional platform packages included where installed).
 */
export const readerRuntimePackages = [
  'pdfjs-dist',
  '@napi-rs/canvas',
  'tesseract.js',
  '@tesseract.js-data/eng',
  'utif2',
];

/** The packages `roots` need at run time: their dependencies and installed optional dependencies, recursively. */
async function runtimeClosure(roots: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  const visit = async (name: string): Promise<void> => {
    if (found.has(name)) return;
    let manifest: { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };
    try {
      manifest = JSON.parse(await fs.readFile(path.join(__dirname, 'node_modules', name, 'package.json'), 'utf8'));
    } catch {
      return; // An optional dependency for another platform is not installed here.
    }
    found.add(name);
    for (const dependency of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies }))
      await visit(dependency);
  };
  for (const root of roots) await visit(root);
  return [...found];
}

/*
 * Signing and notarisation read their secrets from the environment (the desktop workflow sets
 * them from the repository's secrets) and are left out when they are absent: an unsigned build
 * still packages, and nothing secret is ever written into this file.
 */
const env = process.env;
const macSigning = env.APPLE_SIGNING_IDENTITY ? { osxSign: { identity: env.APPLE_SIGNING_IDENTITY } } : {};
const macNotarising =
  env.APPLE_ID && env.APPLE_APP_SPECIFIC_PASSWORD && env.APPLE_TEAM_ID
    ? {
        osxNotarize: {
          appleId: env.APPLE_ID,
          appleIdPassword: env.APPLE_APP_SPECIFIC_PASSWORD,
          teamId: env.APPLE_TEAM_ID,
        },
      }
    : {};
const windowsSigning = env.WINDOWS_CERTIFICATE_FILE
  ? { certificateFile: env.WINDOWS_CERTIFICATE_FILE, certificatePassword: env.WINDOWS_CERTIFICATE_PASSWORD ?? '' }
  : {};

const config: ForgeConfig = {
  packagerConfig: {
    name: 'AIM Licences',
    executableName: 'aim-licences',
    appBundleId: 'org.aimlicences.desktop',
    icon: 'assets/icon',
    asar: true,
    ...macSigning,
    ...macNotarising,
  },
  rebuildConfig: { onlyModules: ['better-sqlite3'] },
  hooks: {
    packageAfterCopy: async (_forgeConfig, buildPath) => {
      for (const name of [...nativeRuntimePackages, ...(await runtimeClosure(readerRuntimePackages))]) {
        await fs.cp(path.join(__dirname, 'node_modules', name), path.join(buildPath, 'node_modules', name), {
          recursive: true,
          dereference: true,
        });
      }
    },
  },
  makers: [
    new MakerSquirrel({ name: 'aim_licences', setupIcon: 'assets/icon.ico', ...windowsSigning }),
    new MakerZIP({}, ['darwin', 'linux', 'win32']),
    new MakerRpm({ options: { icon: 'assets/icon.png', categories: ['Office'] } }),
    new MakerDeb({ options: { icon: 'assets/icon.png', categories: ['Office'], section: 'misc' } }),
  ],
  plugins: [
    new AutoUnpackNativesPlugin({}),
    new VitePlugin({
      build: [
        { entry: 'src/main/electron/main.ts', config: 'vite.main.config.ts', target: 'main' },
        { entry: 'src/main/electron/preload.ts', config: 'vite.preload.config.ts', target: 'preload' },
        // Untrusted files are parsed in worker threads (src/main/core/workers): their script sits beside main.js.
        { entry: 'src/main/core/workers/worker-main.ts', config: 'vite.main.config.ts', target: 'main' },
      ],
      renderer: [{ name: 'main_window', config: 'vite.renderer.config.ts' }],
    }),
    // Fuses are flipped in the Electron binary at package time: they cannot be undone by flags.
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    }),
  ],
};

export default config;
