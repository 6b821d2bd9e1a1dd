// The drop-down choices for a tie's type, status, direction and strength, in the map's own words.
import type { TieStatus, TieType } from '../../../shared/domain';
import { TIE_DIRECTIONS, TIE_STRENGTHS } from '../../../shared/domain';
import { choicesOf, DIRECTION_WORDS, STRENGTH_WORDS } from './words';

/** The value a drop-down uses for "no type" / "no status" (ids are never empty). */
export const NONE = '';

export const STRENGTH_CHOICES = choicesOf(TIE_STRENGTHS, STRENGTH_WORDS);

export function typeChoices(types: readonly TieType[]) {
  return [{ value: NONE, label: 'No type' }, ...types.map((t) => ({ value: t.id, label: t.name }))];
}

export function statusChoices(statuses: readonly TieStatus[]) {
  return [{ value: NONE, label: 'No status' }, ...statuses.map((s) => ({ value: s.id, label: s.name }))];
}

/** "One way: Ada → Maple Street" when both ends are known, so the arrow's meaning is spelled out. */
export function directionChoices(from?: string, to?: string) {
  return choicesOf(TIE_DIRECTIONS, DIRECTION_WORDS).map((choice) =>
    choice.value === 'one-way' && from && to ? { ...choice, label: `One way: ${from} → ${to}` } : choice,
  );
}
