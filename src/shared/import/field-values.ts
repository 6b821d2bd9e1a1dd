// Turns one cell's text into an actor's or tie's field value, or says why it cannot be used (and what happens instead).
import {
  ACTOR_ROLES,
  CARE_MODES,
  type ActorRole,
  type CareMode,
  type Consent,
  type IsoDate,
  type TieStrength,
} from '../domain';
import { isIsoDate } from '../dates';
import { fold } from '../text-fold';
import { splitList, tidy } from './cell-values';
import { quoted } from '../wording';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** YYYY-MM-DD, or the UK's D/M/YYYY (also with dots or dashes), as a real calendar date. */
export function parseDate(text: string): Parsed<IsoDate> {
  const value = tidy(text);
  if (isIsoDate(value)) return { ok: true, value };
  const pad = (n: string) => n.padStart(2, '0');
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const ymd = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(value);
  const iso = dmy
    ? `${dmy[3]}-${pad(dmy[2]!)}-${pad(dmy[1]!)}`
    : ymd
      ? `${ymd[1]}-${pad(ymd[2]!)}-${pad(ymd[3]!)}`
      : null;
  if (iso && isIsoDate(iso)) return { ok: true, value: iso };
  return {
    ok: false,
    message: `${quoted(value)} is not a date Caremap can read (write it as YYYY-MM-DD or DD/MM/YYYY); it is left out.`,
  };
}

const ROLE_WORDS: Record<string, ActorRole> = Object.fromEntries(ACTOR_ROLES.map((r) => [r.replace(/-/g, ' '), r]));

export function parseRole(text: string): Parsed<ActorRole> {
  const role = ROLE_WORDS[fold(text.replace(/[-_]/g, ' '))];
  return role
    ? { ok: true, value: role }
    : {
        ok: false,
        message: `${quoted(tidy(text))} is not a role (participant, collaborator or community member); it is left out.`,
      };
}

const CONSENT_WORDS: Record<string, Consent> = {
  given: 'given',
  yes: 'given',
  'not asked': 'not-asked',
  'not-asked': 'not-asked',
  no: 'not-asked',
  withdrawn: 'withdrawn',
};

export function parseConsent(text: string): Parsed<Consent> {
  const consent = CONSENT_WORDS[fold(text)];
  return consent
    ? { ok: true, value: consent }
    : { ok: false, message: `${quoted(tidy(text))} is not a consent (given, not asked or withdrawn); it is left out.` };
}

const MODE_WORDS: Record<string, CareMode> = Object.fromEntries(CARE_MODES.map((m) => [m.replace(/-/g, ' '), m]));

export function parseCareModes(text: string): Parsed<CareMode[]> {
  const modes: CareMode[] = [];
  for (const part of splitList(text, /[|;,]/)) {
    const mode = MODE_WORDS[fold(part.replace(/[-_]/g, ' '))];
    if (!mode)
      return {
        ok: false,
        message: `${quoted(part)} is not a care mode (taking care of, caring for, caring about); the care modes are left out.`,
      };
    if (!modes.includes(mode)) modes.push(mode);
  }
  return { ok: true, value: modes };
}

export function parseNumber(text: string): Parsed<number> {
  const value = Number(tidy(text));
  return Number.isFinite(value) && Math.abs(value) <= 1e7
    ? { ok: true, value }
    : { ok: false, message: `${quoted(tidy(text))} is not a number; it is left out.` };
}

const STRENGTH_WORDS: Record<string, TieStrength> = {
  weak: 'weak',
  low: 'weak',
  medium: 'medium',
  moderate: 'medium',
  strong: 'strong',
  high: 'strong',
};

/** Words map directly; numbers are placed in thirds of the column's own range (Kumu and Gephi weights have no fixed scale). */
export function parseStrength(text: string, range: { min: number; max: number } | null): Parsed<TieStrength> {
  const word = STRENGTH_WORDS[fold(text)];
  if (word) return { ok: true, value: word };
  const n = Number(tidy(text));
  if (Number.isFinite(n) && range) {
    if (range.max === range.min) return { ok: true, value: 'medium' };
    const third = (n - range.min) / (range.max - range.min);
    return { ok: true, value: third < 1 / 3 ? 'weak' : third < 2 / 3 ? 'medium' : 'strong' };
  }
  return {
    ok: false,
    message: `${quoted(tidy(text))} is not a strength (weak, medium, strong or a number); the tie gets medium.`,
  };
}

const WEBSITE = /^(https?:\/\/)?[^\s/?#@]+\.[^\s/?#@.]{2,}([/?#]\S*)?$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/;

export function parseWebsite(text: string): Parsed<string> {
  const value = tidy(text);
  return WEBSITE.test(value)
    ? { ok: true, value }
    : { ok: false, message: `${quoted(value)} does not look like a website address; it is left out.` };
}

export function parseEmail(text: string): Parsed<string> {
  const value = tidy(text);
  return EMAIL.test(value)
    ? { ok: true, value }
    : { ok: false, message: `${quoted(value)} does not look like an email address; it is left out.` };
}

/** Free text cut to what the field holds, saying so. */
export function limitText(text: string, longest: number, what: string): { ok: true; value: string; cut?: string } {
  const value = text.trim();
  if (value.length <= longest) return { ok: true, value };
  return {
    ok: true,
    value: value.slice(0, longest),
    cut: `${what} is longer than ${longest.toLocaleString('en-GB')} characters; it is cut to fit.`,
  };
}
