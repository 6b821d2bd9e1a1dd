// Words for a stale-edit refusal: which record, and what its changed fields hold now ("name “Ada Lovelace”").
import type { Actor, Tie } from '../../shared/domain';
import { fieldValue } from '../../shared/record-fields';
import type { MapStore } from '../store';
import { quotedName } from './labels';

const LONGEST_VALUE = 60;

const ACTOR_FIELDS: Record<string, string> = {
  name: 'name',
  kindId: 'kind',
  x: 'place on the map',
  y: 'place on the map',
  description: 'description',
  careOfferIds: 'care offers',
  careModes: 'care modes',
  role: 'role',
  address: 'area or address',
  tags: 'tags',
  website: 'website',
  'contact.email': 'email',
  'contact.phone': 'phone',
  'contact.other': 'other contact',
  consent: 'consent',
  consentDate: 'consent date',
  notes: 'notes',
  pinned: 'pinned',
};

const TIE_FIELDS: Record<string, string> = {
  fromId: 'who it is from',
  toId: 'who it is to',
  tieTypeId: 'type',
  direction: 'direction',
  strength: 'strength',
  statusId: 'status',
  since: 'since',
  notes: 'notes',
};

/** Fields whose values a joined device (a participant) is never told: contact, address, notes, consent, own fields. */
const PRIVATE = /^(contact\.|address$|notes$|consent|customValues\.)/;

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'empty';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : `“${value.join(', ')}”`;
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
  return `“${text.length > LONGEST_VALUE ? `${text.slice(0, LONGEST_VALUE - 1)}…` : text}”`;
}

export function describeRecord(store: MapStore, record: Actor | Tie): string {
  if ('name' in record) return quotedName(record.name);
  const names = new Map(store.actorsByIds([record.fromId, record.toId]).map((a) => [a.id, a.name]));
  return `the tie from ${quotedName(names.get(record.fromId) ?? 'an actor')} to ${quotedName(names.get(record.toId) ?? 'an actor')}`;
}

/** "name “Ada Lovelace”, notes “Runs the Tuesday lunch”": each field as it is now, in words a person reads. */
export function describeFields(
  store: MapStore,
  record: Actor | Tie,
  fields: readonly string[],
  withValues: boolean,
): string {
  const words = 'name' in record ? ACTOR_FIELDS : TIE_FIELDS;
  const customNames = new Map(store.list('customFields').map((f) => [`customValues.${f.id}`, f.name]));
  const parts = new Map<string, string>();
  for (const field of fields) {
    const label =
      words[field] ?? customNames.get(field) ?? (field.startsWith('provenance.') ? 'where it came from' : field);
    if (parts.has(label)) continue;
    let value = fieldValue(record, field);
    if (field === 'kindId') value = store.kind(value as never)?.name ?? value;
    if (field === 'tieTypeId') value = value === null ? null : (store.tieType(value as never)?.name ?? value);
    if (field === 'careOfferIds') {
      const offers = new Map(store.list('careOffers').map((o) => [o.id, o.name]));
      value = (value as string[]).map((id) => offers.get(id as never) ?? id);
    }
    const hidden = !withValues && PRIVATE.test(field);
    parts.set(
      label,
      hidden || field === 'x' || field === 'y' || field.startsWith('provenance.') ? label : `${label} ${shown(value)}`,
    );
  }
  return [...parts.values()].join(', ');
}
