// The packaging configuration flips the fuses Caremap relies on, and ships better-sqlite3 where the app looks for it.
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs config read by electron-builder, without type declarations
import configModule from '../../../electron-builder.config.mjs';
import { ELECTRON_NATIVE_DIR } from '../../../src/main/app/native-binding';

const config = configModule as { asar: boolean; electronFuses: Record<string, boolean>; extraResources: unknown[] };

describe('electron-builder.config.mjs', () => {
  it('turns RunAsNode, NODE_OPTIONS and --inspect off, cookie encryption and ASAR integrity on, and loads the app from ASAR only', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('puts the Electron build of better-sqlite3 where native-binding.ts looks in a packaged app', () => {
    expect(config.extraResources).toEqual([
      { from: `${ELECTRON_NATIVE_DIR}/node_modules/better-sqlite3/build/Release/better_sqlite3.node`, to: 'better_sqlite3.node' },
    ]);
  });
});
