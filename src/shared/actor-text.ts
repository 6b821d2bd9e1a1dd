// An actor's searchable text, folded once per record and remembered: records are replaced, never changed, when
// edited, so a WeakMap keyed by the record can never serve stale text and lets go of it with the record.
import type { Actor } from './domain';
import { formatCustomValue } from './custom-values';
import { fold } from './text-fold';

/** The built-in fields search looks in beyond name and tags, as the inspector labels them. */
export const SEARCHED_FIELDS = {
  description: 'Description',
  address: 'Area or address',
  notes: 'Notes',
  website: 'Website',
  email: 'Email',
  phone: 'Phone',
  other: 'Other contact details',
} as const;
export type SearchedField = keyof typeof SEARCHED_FIELDS;

export interface ActorText {
  name: string;
  /** Where each word of the name starts, for "matches the start of a word". */
  wordStarts: number[];
  tags: string[];
  /** Built-in fields by key, custom values by field id; only non-empty ones, folded and as written. */
  fields: [key: SearchedField | { fieldId: string }, folded: string, original: string][];
}

const cache = new WeakMap<Actor, ActorText>();

function wordStarts(name: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < name.length; i++) if (i === 0 || /[\s\-/(&,.]/.test(name[i - 1]!)) starts.push(i);
  return starts;
}

function build(actor: Actor): ActorText {
  const name = fold(actor.name);
  const fields: ActorText['fields'] = [];
  const add = (key: ActorText['fields'][number][0], text: string) => {
    if (text !== '') fields.push([key, fold(text), text]);
  };
  add('description', actor.description);
  add('address', actor.address);
  add('notes', actor.notes);
  add('website', actor.website);
  add('email', actor.contact.email);
  add('phone', actor.contact.phone);
  add('other', actor.contact.other);
  for (const [fieldId, value] of Object.entries(actor.customValues)) add({ fieldId }, formatCustomValue(value));
  return { name, wordStarts: wordStarts(name), tags: actor.tags.map(fold), fields };
}

export function actorText(actor: Actor): ActorText {
  let text = cache.get(actor);
  if (!text) {
    text = build(actor);
    cache.set(actor, text);
  }
  return text;
}
