// Packaging the desktop app with electron-builder (`npx electron-builder --config electron-builder.config.mjs`, after
// `npm run build` and `npm run rebuild:electron`). Extend this file for installers, signing and icons.

/** @type {import('electron-builder').Configuration} */
export default {
  appId: 'org.caremap.desktop',
  productName: 'Caremap',
  directories: { output: 'dist' },
  files: ['out/**/*', 'package.json'],
  asar: true,
  // better-sqlite3 built for Electron's ABI ships beside the resources, where src/main/app/native-binding.ts looks.
  npmRebuild: false,
  extraResources: [{ from: '.electron-native/node_modules/better-sqlite3/build/Release/better_sqlite3.node', to: 'better_sqlite3.node' }],
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
