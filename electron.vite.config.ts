// Builds the three parts: main (Electron entry, browser-mode server entry, the CLI as out/main/cli.js), preload (CJS, as sandboxed
// preloads require), and the React renderer.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          web: resolve('src/main/web.ts'),
          // Imports are read and planned in this worker thread (src/main/import/run-import-worker.ts finds it here).
          'import-worker': resolve('src/main/import/import-worker.ts'),
          // bin/caremap.mjs runs this built file, so the command line needs neither tsx nor TypeScript.
          cli: resolve('src/cli/caremap.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    build: {
      // electron-vite leaves the renderer unminified; a smaller bundle parses faster, so the map shows sooner.
      minify: true,
      rollupOptions: { input: resolve('src/renderer/index.html') },
    },
    plugins: [react()],
  },
});
