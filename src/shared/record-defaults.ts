// The values a new or migrated record starts with, in one place for the store, commands, importers and tests.
import type { Actor, ContactDetails, IsoDate, Provenance, Tie } from './domain';

export type ActorDetails = Omit<Actor, 'id' | 'name' | 'kindId' | 'x' | 'y'>;
export type TieDetails = Omit<Tie, 'id' | 'fromId' | 'toId' | 'tieTypeId' | 'direction'>;

/** Added by hand and confirmed: what the facilitator drew themselves. recordedOn null means "before provenance". */
export function handProvenance(recordedOn: IsoDate | null = null): Provenance {
  return { source: 'hand', label: '', sheet: null, row: null, recordedOn, certainty: 'confirmed' };
}

export function blankContact(): ContactDetails {
  return { email: '', phone: '', other: '' };
}

/** Everything an actor holds beyond name, kind and position, empty; fresh arrays each call so callers may mutate. */
export function blankActorDetails(provenance: Provenance = handProvenance()): ActorDetails {
  return {
    description: '',
    careOfferIds: [],
    careModes: [],
    role: null,
    address: '',
    tags: [],
    website: '',
    contact: blankContact(),
    consent: null,
    consentDate: null,
    notes: '',
    pinned: false,
    customValues: {},
    provenance,
  };
}

/** A tie's details before anyone says more: medium strength (the middle line width), no status. */
export function blankTieDetails(provenance: Provenance = handProvenance()): TieDetails {
  return { strength: 'medium', statusId: null, since: null, notes: '', customValues: {}, provenance };
}
