// A window that cannot start says why in a native box and quits, instead of leaving an unhandled rejection.
import { describe, expect, it } from 'vitest';
import { reportStartupFailure, STARTUP_FAILED_TITLE } from '../../../src/main/app/startup-failure';
import { CaremapError } from '../../../src/shared/errors';

function fakeApp() {
  const calls: string[] = [];
  return {
    calls,
    deps: {
      showErrorBox: (title: string, content: string) => calls.push(`box: ${title} | ${content}`),
      quit: () => calls.push('quit'),
      log: () => calls.push('log'),
    },
  };
}

describe('reportStartupFailure', () => {
  it('shows a CaremapError’s own sentence, then quits', () => {
    const { calls, deps } = fakeApp();
    reportStartupFailure(new CaremapError('not-found', 'The map “Eastside.caremap” is not where it was.'), deps);
    expect(calls).toEqual([
      'log',
      `box: ${STARTUP_FAILED_TITLE} | The map “Eastside.caremap” is not where it was.`,
      'quit',
    ]);
  });

  it('does not show a programmer’s message to the facilitator for any other error', () => {
    const { calls, deps } = fakeApp();
    reportStartupFailure(new TypeError('cannot read properties of undefined'), deps);
    expect(calls[1]).toMatch(/^box: Caremap could not start \| Something went wrong .*Start Caremap again/);
    expect(calls[1]).not.toContain('undefined');
    expect(calls.at(-1)).toBe('quit');
  });
});
