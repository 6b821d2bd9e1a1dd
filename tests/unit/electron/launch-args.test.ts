// Finding the double-clicked map in argv on each platform, and the hand-over of maps opened from outside: open-file
// before and after ready (macOS), a second instance's argv (Windows, Linux), the first instance's own argv.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { findMapArg, unquote } from '../../../src/main/app/launch-args';
import { watchMapLaunches, type LaunchEvents } from '../../../src/main/app/map-launches';

describe('findMapArg', () => {
  it('finds a packaged app’s map argument on Linux, resolving a relative one against the working folder', () => {
    expect(findMapArg(['/opt/Caremap/caremap', '/home/ana/Maps/Hackney.caremap'], '/home/ana', 'linux')).toBe(
      '/home/ana/Maps/Hackney.caremap',
    );
    expect(findMapArg(['/opt/Caremap/caremap', 'Maps/Hackney.caremap'], '/home/ana', 'linux')).toBe(
      '/home/ana/Maps/Hackney.caremap',
    );
  });

  it('skips the development app folder, Chromium’s switches and macOS’s -psn argument', () => {
    const argv = [
      '/x/electron',
      '.',
      '--allow-file-access-from-files',
      '--original-process-start-time=1337',
      '-psn_0_12345',
      'care.CAREMAP',
    ];
    expect(findMapArg(argv, '/w', 'linux')).toBe('/w/care.CAREMAP');
    expect(findMapArg(['/x/electron', '.', '--no-sandbox'], '/w', 'linux')).toBeUndefined();
  });

  it('reads Windows paths with spaces, with or without the quotes a launcher may leave on', () => {
    const exe = 'C:\\Program Files\\Caremap\\Caremap.exe';
    expect(findMapArg([exe, 'C:\\Users\\Ana Lee\\Documents\\Care map.caremap'], 'C:\\Windows', 'win32')).toBe(
      'C:\\Users\\Ana Lee\\Documents\\Care map.caremap',
    );
    expect(findMapArg([exe, '"C:\\Users\\Ana Lee\\Care map.caremap"'], 'C:\\Windows', 'win32')).toBe(
      'C:\\Users\\Ana Lee\\Care map.caremap',
    );
    expect(findMapArg([exe, 'Maps\\x.caremap'], 'D:\\Work', 'win32')).toBe('D:\\Work\\Maps\\x.caremap');
  });

  it('does not take the value of --data-dir or --maps-folder for a map, even if it ends in .caremap', () => {
    expect(
      findMapArg(['e', '--data-dir', '/d/odd.caremap', '--maps-folder', '/m.caremap'], '/', 'linux'),
    ).toBeUndefined();
    expect(findMapArg(['e', '--data-dir', '/d', 'real.caremap'], '/w', 'linux')).toBe('/w/real.caremap');
  });

  it('takes --map PATH and --map=PATH whatever the extension (a new map may be made there)', () => {
    expect(findMapArg(['e', '--map', 'new-map', 'other.caremap'], '/w', 'linux')).toBe('/w/new-map');
    expect(findMapArg(['e', '--map=/m/a.caremap'], '/w', 'linux')).toBe('/m/a.caremap');
    expect(findMapArg(['e', '--map'], '/w', 'linux')).toBeUndefined();
  });

  it('treats everything after -- as a path, so a map whose name starts with a dash still opens', () => {
    expect(findMapArg(['e', '--', '-odd.caremap'], '/w', 'linux')).toBe('/w/-odd.caremap');
    expect(findMapArg(['e', '-odd.caremap'], '/w', 'linux')).toBeUndefined();
  });

  it('accepts a file:// URL from a file manager', () => {
    expect(findMapArg(['e', 'file:///home/ana/My%20map.caremap'], '/w', 'linux')).toBe('/home/ana/My map.caremap');
  });

  it('unquotes only matching quotes', () => {
    expect(unquote('"a b"')).toBe('a b');
    expect(unquote("'a'")).toBe('a');
    expect(unquote('"a')).toBe('"a');
  });
});

function fakeApp() {
  const app = new EventEmitter();
  const openFile = (path: string) => {
    const preventDefault = vi.fn();
    app.emit('open-file', { preventDefault }, path);
    return preventDefault;
  };
  const secondInstance = (argv: string[], cwd: string) => app.emit('second-instance', {}, argv, cwd);
  return { events: app as unknown as LaunchEvents, openFile, secondInstance };
}

describe('watchMapLaunches', () => {
  it('shows the first instance’s own map argument first', () => {
    const { events } = fakeApp();
    const launches = watchMapLaunches(events, vi.fn(), 'linux');
    expect(launches.initialMap(['caremap', 'a.caremap'], '/w')).toBe('/w/a.caremap');
    expect(launches.initialMap(['caremap'], '/w')).toBeUndefined();
  });

  it('keeps a macOS open-file that arrives before ready and shows it first, claiming the event', () => {
    const { events, openFile } = fakeApp();
    const launches = watchMapLaunches(events, vi.fn(), 'darwin');
    const preventDefault = openFile('/Users/ana/Hackney.caremap');
    expect(preventDefault).toHaveBeenCalledOnce();
    expect(launches.initialMap(['/Applications/Caremap.app/Contents/MacOS/Caremap', '-psn_0_1'], '/')).toBe(
      '/Users/ana/Hackney.caremap',
    );
    const open = vi.fn();
    launches.ready(open);
    expect(open).not.toHaveBeenCalled();
  });

  it('opens a map handed over between initialMap and ready once the window is ready', () => {
    const { events, openFile } = fakeApp();
    const launches = watchMapLaunches(events, vi.fn(), 'darwin');
    launches.initialMap([], '/');
    openFile('/late.caremap');
    const open = vi.fn();
    launches.ready(open);
    expect(open.mock.calls).toEqual([['/late.caremap']]);
  });

  it('after ready, opens each open-file and each second instance’s map in the running window and brings it forward', () => {
    const { events, openFile, secondInstance } = fakeApp();
    const bringToFront = vi.fn();
    const launches = watchMapLaunches(events, bringToFront, 'linux');
    const open = vi.fn();
    launches.ready(open);
    openFile('/a.caremap');
    secondInstance(['/opt/Caremap/caremap', '--allow-file-access-from-files', 'b.caremap'], '/home/ana');
    expect(open.mock.calls).toEqual([['/a.caremap'], ['/home/ana/b.caremap']]);
    expect(bringToFront).toHaveBeenCalledOnce();
  });

  it('only brings the window forward when a second instance names no map', () => {
    const { events, secondInstance } = fakeApp();
    const bringToFront = vi.fn();
    const launches = watchMapLaunches(events, bringToFront, 'win32');
    const open = vi.fn();
    launches.ready(open);
    secondInstance(['C:\\Caremap\\Caremap.exe'], 'C:\\');
    expect(bringToFront).toHaveBeenCalledOnce();
    expect(open).not.toHaveBeenCalled();
  });
});
