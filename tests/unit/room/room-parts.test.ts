// The room's small parts: join codes a projector can show, a device's turn-taking, and where a phone's actor goes.
import { describe, expect, it } from 'vitest';
import { JoinCodes } from '../../../src/main/room/join-codes';
import { DeviceThrottle, MOST_WAITING } from '../../../src/main/room/device-throttle';
import { freeSpot } from '../../../src/main/room/room-placement';

describe('join codes', () => {
  it('are six characters without look-alikes, typed in any case with spaces or dashes', () => {
    const codes = new JoinCodes(() => 0);
    const seen = new Set<string>();
    for (let i = 0; i < 200; i += 1) {
      const { code } = codes.renew();
      expect(code).toMatch(/^[A-Z0-9]{6}$/);
      expect(code).not.toMatch(/[0O1IL2Z5S8B]/);
      seen.add(code);
    }
    expect(seen.size).toBeGreaterThan(190);
    const { code } = codes.renew();
    expect(codes.check(`${code.slice(0, 3).toLowerCase()}-${code.slice(3)} `)).toBe('ok');
    expect(codes.check(code.slice(0, 5))).toBe('wrong');
    expect(codes.check(undefined)).toBe('wrong');
    codes.clear();
    expect(codes.check(code)).toBe('wrong');
  });
});

describe('a device’s turn', () => {
  it('runs its calls one at a time, in order, and refuses more than a few waiting', async () => {
    const throttle = new DeviceThrottle(() => 0);
    const order: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const first = throttle.inTurn('sam', async () => {
      await gate;
      order.push('first');
    });
    const waiting = [];
    for (let i = 1; i < MOST_WAITING; i += 1)
      waiting.push(throttle.inTurn('sam', async () => void order.push(`next${i}`)));
    expect(throttle.inTurn('sam', async () => void order.push('too many'))).toBeNull();
    // Another device is not held up by Sam's queue.
    await throttle.inTurn('ann', async () => void order.push('ann'));
    release();
    await Promise.all([first, ...waiting]);
    expect(order).toEqual(['ann', 'first', 'next1', 'next2', 'next3']);
    expect(throttle.inTurn('sam', async () => 'again')).not.toBeNull();
  });
});

describe('placing an actor added from a phone', () => {
  it('finds a spot clear of every actor, near the middle of the map', () => {
    const taken = [];
    for (let x = 0; x <= 400; x += 100) for (let y = 0; y <= 400; y += 100) taken.push({ x, y });
    const spot = freeSpot(taken);
    for (const p of taken) expect(Math.hypot(p.x - spot.x, p.y - spot.y)).toBeGreaterThanOrEqual(140);
    expect(Math.hypot(spot.x - 200, spot.y - 200)).toBeLessThan(600);
    expect(freeSpot([])).toEqual({ x: 0, y: 0 });
  });
});
