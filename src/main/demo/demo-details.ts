// What the facilitators of the invented demo neighbourhood recorded beyond names and kinds: tags, care offers, roles,
// consent, tie statuses; enough for search, filter and the inspector to have something to show on first start.
import type { ActorRole, CareMode, Consent } from '../../shared/domain';

export interface DemoActorDetails {
  tags?: string[];
  /** Keys of the seed's care offers. */
  offers?: string[];
  careModes?: CareMode[];
  role?: ActorRole;
  consent?: Consent;
  address?: string;
}

export const DEMO_ACTOR_DETAILS: Readonly<Record<string, DemoActorDetails>> = {
  ada: {
    tags: ['lunch club', 'drivers'],
    offers: ['transport', 'befriending'],
    careModes: ['caring-for'],
    role: 'participant',
    consent: 'given',
  },
  tomasz: { tags: ['repairs'], offers: ['everyday-tasks'], careModes: ['taking-care-of'], consent: 'given' },
  priya: { tags: ['lunch club', 'youth'], offers: ['shared-meals'], role: 'collaborator', consent: 'given' },
  delroy: { tags: ['housing'], offers: ['advice'], consent: 'not-asked' },
  meilin: { tags: ['crafts'], offers: ['peer-support'], careModes: ['caring-about'], consent: 'given' },
  maple: {
    tags: ['food', 'mutual aid'],
    offers: ['mutual-aid', 'check-ins'],
    careModes: ['taking-care-of', 'caring-for'],
    role: 'participant',
    address: 'Maple Street',
  },
  circle: {
    tags: ['older people'],
    offers: ['peer-support', 'emotional-care', 'check-ins'],
    careModes: ['caring-for', 'caring-about'],
    role: 'collaborator',
  },
  fridge: { tags: ['food'], offers: ['mutual-aid'] },
  supper: { tags: ['food', 'lunch club'], offers: ['shared-meals'], role: 'participant' },
  befriend: { tags: ['older people'], offers: ['befriending', 'check-ins'] },
  opendoor: { tags: ['housing', 'benefits'], offers: ['advice'] },
  foodbank: { tags: ['food'], offers: ['mutual-aid'], address: 'Common Ground, Larkfield' },
  harbour: { tags: ['mental health'], offers: ['peer-support', 'emotional-care'] },
  hub: {
    tags: ['youth', 'older people'],
    offers: ['wellbeing', 'shared-meals'],
    role: 'collaborator',
    address: 'Riverside Road',
  },
  youth: { tags: ['youth'], offers: ['wellbeing'] },
  socpres: { tags: ['mental health'], offers: ['wellbeing', 'advice'], role: 'community-member' },
};

/** Status keys of the seed's tie statuses, by "from|to" of the demo tie. */
export const DEMO_TIE_STATUSES: Readonly<Record<string, string>> = {
  'ada|maple': 'generative',
  'ada|circle': 'generative',
  'priya|supper': 'engaged',
  'socpres|befriend': 'potential',
  'gp|adultcare': 'inactive',
  'nursing|adultcare': 'engaged',
};
