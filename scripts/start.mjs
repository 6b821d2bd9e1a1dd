// `npm start`: opens Caremap as a desktop app; where Electron's binary cannot be had, says so and opens browser mode.
import { spawn } from 'node:child_process';
import { ensureBuilt, root } from './lib/ensure-built.mjs';
import { electronBinaryPath, tryInstallElectron } from './lib/electron-binary.mjs';
import { electronNativeReady, rebuildForElectron } from './lib/electron-native.mjs';
import { runBrowserMode } from './web.mjs';

ensureBuilt();
const args = process.argv.slice(2);
const binary = electronBinaryPath() ?? tryInstallElectron();
if (!binary) {
  console.log(
    'Electron is not installed on this machine (its download failed), so Caremap opens in browser mode instead.',
  );
  runBrowserMode(args);
} else if (!electronNativeReady() && !rebuildForElectron()) {
  console.log(
    'Caremap’s database module could not be built for Electron here, so Caremap opens in browser mode instead.',
  );
  runBrowserMode(args);
} else {
  const child = spawn(binary, ['.', ...args], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
