// The six kinds of actor, the tie types, tie statuses and care offers the seed names; every new map starts with these.
import type { KindShape, LineStyle } from './domain';

export interface SeedKind {
  key: string;
  name: string;
  colour: string;
  shape: KindShape;
  /** The seed's individuals are people; its groups and services are organisations. */
  people: boolean;
}

/** Colours from the Okabe–Ito palette: distinguishable with the common colour-vision deficiencies. */
export const SEED_KINDS: readonly SeedKind[] = [
  { key: 'individual', name: 'Individual active citizen', colour: '#E69F00', shape: 'circle', people: true },
  { key: 'grassroots', name: 'Grassroots or mutual aid group', colour: '#009E73', shape: 'hexagon', people: false },
  {
    key: 'charity',
    name: 'Community charity / not-for-profit (CIC)',
    colour: '#56B4E9',
    shape: 'rounded',
    people: false,
  },
  {
    key: 'social-enterprise',
    name: 'Social enterprise or ethical business',
    colour: '#CC79A7',
    shape: 'diamond',
    people: false,
  },
  { key: 'hub', name: 'Community hub or voluntary organisation', colour: '#0072B2', shape: 'square', people: false },
  { key: 'statutory', name: 'Statutory service', colour: '#D55E00', shape: 'triangle', people: false },
];

export interface SeedTieType {
  key: string;
  name: string;
  colour: string;
}

export const SEED_TIE_TYPES: readonly SeedTieType[] = [
  { key: 'referral', name: 'Referral', colour: '#0072B2' },
  { key: 'collaboration', name: 'Collaboration', colour: '#009E73' },
  { key: 'peer-support', name: 'Peer support', colour: '#E69F00' },
  { key: 'shared-space', name: 'Shared space', colour: '#CC79A7' },
  { key: 'funding', name: 'Funding', colour: '#D55E00' },
  { key: 'information-sharing', name: 'Information sharing', colour: '#56B4E9' },
  { key: 'volunteering', name: 'Volunteering', colour: '#8C6D31' },
  { key: 'supply', name: 'Supply/donations', colour: '#666666' },
];

export interface SeedTieStatus {
  key: string;
  name: string;
  lineStyle: LineStyle;
}

/** The states the Clapton map used, plus "potential": a link worth building. */
export const SEED_TIE_STATUSES: readonly SeedTieStatus[] = [
  { key: 'generative', name: 'Generative', lineStyle: 'solid' },
  { key: 'engaged', name: 'Engaged', lineStyle: 'long-dash' },
  { key: 'inactive', name: 'Inactive', lineStyle: 'dashed' },
  { key: 'potential', name: 'Potential', lineStyle: 'dotted' },
];

export interface SeedCareOffer {
  key: string;
  name: string;
}

export const SEED_CARE_OFFERS: readonly SeedCareOffer[] = [
  { key: 'peer-support', name: 'Peer support' },
  { key: 'emotional-care', name: 'Emotional care' },
  { key: 'shared-meals', name: 'Shared meals' },
  { key: 'mutual-aid', name: 'Mutual aid' },
  { key: 'check-ins', name: 'Community check-ins' },
  { key: 'wellbeing', name: 'Wellbeing sessions' },
  { key: 'everyday-tasks', name: 'Help with everyday tasks' },
  { key: 'advice', name: 'Advice' },
  { key: 'befriending', name: 'Befriending' },
  { key: 'transport', name: 'Transport' },
];
