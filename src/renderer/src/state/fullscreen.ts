// Full screen for the projector (workshop mode, a guided session): asked for where the browser allows it, and given
// back only by whoever took it, so a window the facilitator made full screen themselves stays so.

let owner: string | null = null;

/** Asks for full screen on behalf of `who`; where the browser refuses, the window's own space is used. */
export function takeFullscreen(who: string): void {
  const root = document.documentElement;
  if (document.fullscreenElement || !root.requestFullscreen) return;
  root.requestFullscreen().then(
    () => (owner = who),
    () => (owner = null),
  );
}

/** Leaves full screen if `who` took it. */
export function giveBackFullscreen(who: string): void {
  if (owner !== who) return;
  owner = null;
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

/** True when `who` took full screen and the browser ended it by itself (its own Esc): the owner should follow. */
export function lostFullscreen(who: string): boolean {
  if (owner !== who || document.fullscreenElement) return false;
  owner = null;
  return true;
}
