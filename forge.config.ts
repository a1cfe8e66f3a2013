import fs from 'node:fs/promises';
import path from 'node:path';
import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerRpm } from '@electron-forge/maker-rpm';
import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { AutoUnpackNativesPlugin } from '@electron-forge/plugin-auto-unpack-natives';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/**
 * The Vite plugin packages only the `.vite` bundles, so a native module marked external would be
 * missing from the app. These packages (better-sqlite3 and what it requires at run time) are
 * copied in after the copy step; Forge then rebuilds them for Electron's ABI, and the
 * auto-unpack plugin moves the `.node` binary out of the ASAR, where it could not be loaded.
 */
export const nativeRuntimePackages = ['better-sqlite3', 'bindings', 'file-uri-to-path'];

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
      for (const name of nativeRuntimePackages) {
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
