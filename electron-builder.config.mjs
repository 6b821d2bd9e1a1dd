// Packaging the desktop app with electron-builder: `npm run dist` builds the installers for the platform it runs on
// (Linux AppImage + .deb, macOS .dmg, Windows NSIS). It needs Electron's binary, which electron-builder downloads.

const MAP_FILE_TYPE = {
  ext: 'caremap',
  name: 'Caremap map',
  description: 'Caremap care-network map',
  // Linux: the .deb and the AppImage's desktop entry register this type, so a double-click opens Caremap.
  mimeType: 'application/x-caremap',
  role: 'Editor',
};

/** @type {import('electron-builder').Configuration} */
export default {
  appId: 'org.caremap.desktop',
  productName: 'Caremap',
  copyright: 'Caremap contributors',
  // icon.icns, icon.ico and icons/NxN.png, made from resources/icon.svg by scripts/make-icons.mjs.
  directories: { output: 'dist', buildResources: 'resources' },
  // The built app only; production dependencies are added by electron-builder itself.
  files: ['out/main/**/*', 'out/preload/**/*', 'out/renderer/**/*', 'package.json'],
  asar: true,
  // electron-builder rebuilds native modules (better-sqlite3) for Electron's ABI with @electron/rebuild while
  // packaging, and unpacks the .node file beside app.asar, so an installed Caremap never compiles anything.
  npmRebuild: true,
  fileAssociations: [MAP_FILE_TYPE],
  linux: {
    target: ['AppImage', 'deb'],
    icon: 'resources/icons',
    category: 'Office',
    executableName: 'caremap',
    maintainer: 'Caremap contributors <caremap@example.org>',
    synopsis: 'Map community care networks in workshops',
  },
  deb: { packageCategory: 'misc' },
  mac: {
    target: ['dmg'],
    icon: 'resources/icon.icns',
    category: 'public.app-category.productivity',
    // Signing and notarising need the project's Apple certificate; without one the .dmg is built unsigned.
    hardenedRuntime: true,
  },
  dmg: { title: 'Caremap ${version}' },
  win: { target: ['nsis'], icon: 'resources/icon.ico' },
  nsis: {
    // Per-user, no administrator rights needed: facilitators often use machines they do not administer.
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
  },
  /**
   * Fuses are bits in the Electron binary, flipped at package time (before signing, so the signature covers them):
   * features Caremap never uses are switched off for good rather than merely unused.
   */
  electronFuses: {
    // ELECTRON_RUN_AS_NODE would turn Caremap's binary into a plain Node that runs any script with our signature.
    // (So child_process.fork cannot be used from main: use worker_threads or utilityProcess.)
    runAsNode: false,
    // Chromium's cookie store encrypted with the OS keychain (we keep no cookies, but a profile should not leak).
    enableCookieEncryption: true,
    // NODE_OPTIONS and --inspect would let anyone who can start the app inject code into the main process.
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    // Electron checks app.asar against the hash embedded at package time, and loads the app from app.asar only, so
    // the code cannot be swapped for an unpacked folder beside it.
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The renderer is served from app://caremap/, so file:// needs no extra privileges.
    grantFileProtocolExtraPrivileges: false,
  },
};
