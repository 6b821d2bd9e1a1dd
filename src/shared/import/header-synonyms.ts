// Which field a column's header names: Kumu's, PRSM's, Gephi's, Onodo's and Caremap's own headers, and the words
// partners' contact lists use ("Organisation", "Sector", "E-mail"…). Headers are compared folded (case, accents,
// punctuation and spacing ignored).
import { fold } from '../text-fold';
import type { ActorTarget, TieTarget } from './import-types';

/** "E-mail address", "e mail_address" and "EMAIL ADDRESS" all become "e mail address". */
export function headerKey(header: string): string {
  return fold(header.replace(/[_\-./\\:()[\]#*]+/g, ' '));
}

const ACTOR_SYNONYMS: Record<Exclude<ActorTarget, 'ignore' | 'custom' | 'customNumber'>, string[]> = {
  id: ['id', 'kumu id', 'node id', 'element id', 'identifier', 'uid', 'ref', 'reference'],
  name: [
    'name',
    'label',
    'organisation',
    'organization',
    'org',
    'organisation name',
    'organization name',
    'group',
    'group name',
    'actor',
    'actor name',
    'full name',
    'contact name',
    'element',
    'factor',
    'node',
    'nom',
    'nombre',
  ],
  firstName: ['first name', 'firstname', 'given name', 'forename'],
  lastName: ['last name', 'lastname', 'surname', 'family name'],
  kind: [
    'kind',
    'type',
    'category',
    'sector',
    'actor type',
    'element type',
    'node type',
    'organisation type',
    'organization type',
    'kind of actor',
    'tipo',
  ],
  description: ['description', 'about', 'summary', 'what they do', 'descripcion'],
  careOffers: ['care offers', 'care offer', 'offers', 'services', 'what they offer'],
  careModes: ['care modes', 'care mode', 'ways of caring'],
  role: ['role', 'role in the project'],
  address: [
    'area or address',
    'address',
    'area',
    'location',
    'postcode',
    'post code',
    'neighbourhood',
    'neighborhood',
    'ward',
    'borough',
    'town',
    'city',
  ],
  tags: ['tags', 'tag', 'keywords'],
  website: ['website', 'web site', 'url', 'web', 'homepage', 'web address', 'site'],
  email: ['email', 'e mail', 'email address', 'e mail address', 'mail'],
  phone: ['phone', 'telephone', 'tel', 'mobile', 'phone number', 'telephone number', 'contact number'],
  otherContact: ['other contact', 'other contact details', 'social media', 'contact'],
  consent: ['consent'],
  consentDate: ['consent date', 'date of consent'],
  notes: ['notes', 'note', 'comments', 'comment'],
  x: ['x'],
  y: ['y'],
};

const TIE_SYNONYMS: Record<Exclude<TieTarget, 'ignore' | 'custom' | 'customNumber'>, string[]> = {
  from: ['from', 'source', 'from actor', 'actor 1', 'origin', 'desde'],
  to: ['to', 'target', 'to actor', 'actor 2', 'destination', 'hasta'],
  tieType: ['type', 'tie type', 'kind', 'relationship', 'relation', 'connection type', 'link type', 'tipo'],
  direction: ['direction', 'directed', 'direccion'],
  strength: ['strength', 'weight', 'tie strength'],
  status: ['status', 'tie status', 'state'],
  since: ['since', 'start', 'start date', 'started', 'date'],
  notes: ['notes', 'note', 'description', 'label', 'comments', 'comment'],
};

function lookup<T extends string>(table: Record<T, string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [target, words] of Object.entries(table) as [T, string[]][])
    for (const word of words) map.set(word, target);
  return map;
}

const ACTOR_BY_HEADER = lookup(ACTOR_SYNONYMS);
const TIE_BY_HEADER = lookup(TIE_SYNONYMS);

/** Unknown headers become custom fields (as Kumu makes them fields); blank headers are left out. */
export function actorTargetFor(header: string): ActorTarget {
  const key = headerKey(header);
  if (key === '') return 'ignore';
  return ACTOR_BY_HEADER.get(key) ?? 'custom';
}

export function tieTargetFor(header: string): TieTarget {
  return TIE_BY_HEADER.get(headerKey(header)) ?? 'ignore';
}

export function isActorNameHeader(header: string): boolean {
  const target = ACTOR_BY_HEADER.get(headerKey(header));
  return target === 'name' || target === 'id' || target === 'firstName';
}
