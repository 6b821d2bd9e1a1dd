// The packaging configuration: installers per platform, the .caremap file type, icons that exist, better-sqlite3
// rebuilt by the packager, and the fuses Caremap relies on.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs config read by electron-builder, without type declarations
import configModule from '../../../electron-builder.config.mjs';

interface FileAssociation {
  ext: string;
  mimeType: string;
  role: string;
}
interface PlatformConfig {
  target: string[];
  icon: string;
}
const config = configModule as {
  asar: boolean;
  npmRebuild: boolean;
  files: string[];
  extraResources?: unknown;
  directories: { buildResources: string };
  fileAssociations: FileAssociation[];
  linux: PlatformConfig;
  mac: PlatformConfig;
  win: PlatformConfig;
  electronFuses: Record<string, boolean>;
};
const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('electron-builder.config.mjs', () => {
  it('builds an AppImage and a .deb on Linux, a .dmg on macOS and an NSIS installer on Windows', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('registers .caremap files as maps Caremap edits', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'caremap', mimeType: 'application/x-caremap', role: 'Editor' }),
    ]);
  });

  it('points each platform at an icon the make-icons script wrote', () => {
    expect(existsSync(join(ROOT, config.mac.icon))).toBe(true);
    expect(config.mac.icon).toMatch(/\.icns$/);
    expect(existsSync(join(ROOT, config.win.icon))).toBe(true);
    expect(config.win.icon).toMatch(/\.ico$/);
    // Linux takes a folder of NxN.png files.
    for (const size of [16, 32, 48, 256, 512])
      expect(existsSync(join(ROOT, config.linux.icon, `${size}x${size}.png`))).toBe(true);
    expect(existsSync(join(ROOT, config.directories.buildResources, 'icon.icns'))).toBe(true);
  });

  it('lets the packager rebuild better-sqlite3 for Electron, instead of shipping a copy built by `npm start`', () => {
    expect(config.npmRebuild).toBe(true);
    expect(config.extraResources).toBeUndefined();
    expect(config.files.some((pattern) => pattern.includes('.electron-native'))).toBe(false);
  });

  it('ships the built app, not its sources', () => {
    expect(config.files).toEqual(['out/main/**/*', 'out/preload/**/*', 'out/renderer/**/*', 'package.json']);
  });

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
});
