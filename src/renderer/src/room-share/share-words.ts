// Sentences of the Invite panel that depend on the share state: when the code stops working, how a person is doing.
import type { RoomParticipant, ShareState } from '../../../shared/room';

/** "Works for 9 more minutes"; the facilitator makes a new code once it has run out. */
export function codeExpiryWords(expiresAt: string | null, now: number): string {
  if (!expiresAt) return '';
  const left = Date.parse(expiresAt) - now;
  if (!(left > 0)) return 'This code has run out: make a new one so more people can join.';
  const minutes = Math.ceil(left / 60_000);
  if (minutes <= 1) return 'New people can join with this code for less than a minute more.';
  return `New people can join with this code for ${minutes} more minutes.`;
}

export function presenceWords(participant: RoomParticipant): string {
  return participant.connected ? 'Connected' : 'Away';
}

export function addedWords(added: number): string {
  return added === 1 ? '1 added' : `${added} added`;
}

/** The join address with the code in its fragment: what the QR code holds, so a scan joins with one tap. */
export function scanAddress(state: Pick<ShareState, 'joinUrl' | 'joinCode'>): string | null {
  if (!state.joinUrl || !state.joinCode) return null;
  return `${state.joinUrl}#code=${encodeURIComponent(state.joinCode)}`;
}

/** Join codes are read out and copied from a projector: groups of three are easier to say. */
export function spacedCode(code: string): string {
  return code.length > 4 ? (code.match(/.{1,3}/g) ?? [code]).join(' ') : code;
}
