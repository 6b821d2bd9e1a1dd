// Which side of care each kind is on: by the seed kind names first, then by words in a renamed or new kind's name.
import type { Kind } from '../domain';
import { SEED_KINDS } from '../seed-kinds';
import type { KindClass, Side } from './types';

const SEED_CLASS: Record<string, KindClass> = {
  individual: 'individual',
  grassroots: 'grassroots',
  statutory: 'statutory',
};

const norm = (name: string) => name.trim().toLowerCase();

/** Kinds are per map and renamable, so the seed names are a first guess and keywords the fallback. */
export function kindClassOf(kind: Pick<Kind, 'name'>): KindClass {
  const name = norm(kind.name);
  const seed = SEED_KINDS.find((s) => norm(s.name) === name);
  if (seed) return SEED_CLASS[seed.key] ?? 'voluntary';
  if (/individual|citizen|resident|neighbou?r|person/.test(name)) return 'individual';
  if (/grassroots|mutual aid|informal|community group/.test(name)) return 'grassroots';
  if (/statutory|\bnhs\b|council|local authority|social care|social work|\bgp\b|public service/.test(name))
    return 'statutory';
  return 'voluntary';
}

export function sideOf(kindClass: KindClass): Side {
  return kindClass === 'individual' || kindClass === 'grassroots' ? 'informal' : 'formal';
}

export function isInformalClass(kindClass: KindClass): boolean {
  return sideOf(kindClass) === 'informal';
}
