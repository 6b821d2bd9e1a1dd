// Opens a URL in the person's default browser without a shell (the URL is ours, but no shell strings on principle).
import { spawn } from 'node:child_process';

export function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['explorer.exe', [url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () =>
      console.log('Could not open a browser by itself: open the address above in Chrome, Edge or Firefox.'),
    );
    child.unref();
  } catch {
    console.log('Could not open a browser by itself: open the address above in Chrome, Edge or Firefox.');
  }
}
