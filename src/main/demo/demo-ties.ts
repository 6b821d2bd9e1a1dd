// The demo map's ties: informal actors carry most of them; statutory services have few, and two groups stand apart.

export type DemoTieTypeKey =
  | 'referral'
  | 'collaboration'
  | 'peer-support'
  | 'shared-space'
  | 'funding'
  | 'information-sharing'
  | 'volunteering'
  | 'supply';

export type DemoTie = readonly [
  from: string,
  to: string,
  type: DemoTieTypeKey,
  direction: 'one-way' | 'mutual' | 'none',
];

export const DEMO_TIES: readonly DemoTie[] = [
  // Neighbours and the groups they give time to.
  ['ada', 'maple', 'volunteering', 'one-way'],
  ['ada', 'circle', 'peer-support', 'mutual'],
  ['ada', 'fridge', 'volunteering', 'one-way'],
  ['ada', 'priya', 'peer-support', 'mutual'],
  ['tomasz', 'maple', 'volunteering', 'one-way'],
  ['tomasz', 'fixit', 'volunteering', 'one-way'],
  ['tomasz', 'delroy', 'peer-support', 'mutual'],
  ['priya', 'circle', 'volunteering', 'one-way'],
  ['priya', 'supper', 'volunteering', 'one-way'],
  ['priya', 'meilin', 'peer-support', 'mutual'],
  ['delroy', 'tenants', 'volunteering', 'one-way'],
  ['delroy', 'foodbank', 'volunteering', 'one-way'],
  ['meilin', 'knit', 'volunteering', 'one-way'],
  ['meilin', 'fatima', 'peer-support', 'mutual'],
  ['fatima', 'parents', 'volunteering', 'one-way'],
  ['fatima', 'acorns', 'information-sharing', 'one-way'],
  ['joe', 'maple', 'volunteering', 'one-way'],
  ['joe', 'grace', 'peer-support', 'mutual'],
  ['joe', 'kettle', 'volunteering', 'one-way'],
  ['grace', 'circle', 'volunteering', 'one-way'],
  ['grace', 'befriend', 'volunteering', 'one-way'],
  ['samir', 'fridge', 'volunteering', 'one-way'],
  ['samir', 'opendoor', 'information-sharing', 'one-way'],
  ['hannah', 'knit', 'volunteering', 'one-way'],
  ['hannah', 'circle', 'peer-support', 'mutual'],
  ['hannah', 'samir', 'peer-support', 'mutual'],
  // Grassroots groups working together.
  ['maple', 'circle', 'collaboration', 'mutual'],
  ['maple', 'fridge', 'supply', 'one-way'],
  ['maple', 'tenants', 'collaboration', 'mutual'],
  ['maple', 'hub', 'information-sharing', 'one-way'],
  ['tenants', 'circle', 'collaboration', 'mutual'],
  ['tenants', 'opendoor', 'referral', 'one-way'],
  ['circle', 'befriend', 'referral', 'one-way'],
  ['circle', 'supper', 'collaboration', 'mutual'],
  ['circle', 'kindred', 'referral', 'one-way'],
  ['circle', 'hub', 'shared-space', 'none'],
  ['bakery', 'fridge', 'supply', 'one-way'],
  ['foodbank', 'fridge', 'collaboration', 'mutual'],
  ['knit', 'hall', 'shared-space', 'none'],
  ['knit', 'spring', 'collaboration', 'mutual'],
  ['kettle', 'supper', 'supply', 'one-way'],
  ['supper', 'hall', 'shared-space', 'none'],
  ['parents', 'acorns', 'collaboration', 'mutual'],
  ['parents', 'youth', 'shared-space', 'none'],
  // Charities, enterprises and hubs.
  ['befriend', 'spring', 'collaboration', 'mutual'],
  ['befriend', 'harbour', 'referral', 'one-way'],
  ['opendoor', 'foodbank', 'referral', 'one-way'],
  ['opendoor', 'library', 'shared-space', 'none'],
  ['foodbank', 'hub', 'shared-space', 'none'],
  ['kindred', 'harbour', 'collaboration', 'mutual'],
  ['acorns', 'youth', 'collaboration', 'mutual'],
  ['harbour', 'centre', 'shared-space', 'none'],
  ['spring', 'centre', 'shared-space', 'none'],
  ['bakery', 'kettle', 'collaboration', 'mutual'],
  ['fixit', 'library', 'shared-space', 'none'],
  ['thread', 'fixit', 'collaboration', 'mutual'],
  ['thread', 'centre', 'shared-space', 'none'],
  ['hub', 'maple', 'funding', 'one-way'],
  ['hub', 'library', 'information-sharing', 'mutual'],
  ['centre', 'youth', 'collaboration', 'mutual'],
  // Statutory services: social prescribing reaches in twice; the rest only talk to each other.
  ['socpres', 'hub', 'referral', 'one-way'],
  ['socpres', 'befriend', 'referral', 'one-way'],
  ['nursing', 'adultcare', 'information-sharing', 'mutual'],
  ['gp', 'nursing', 'referral', 'one-way'],
  ['gp', 'adultcare', 'referral', 'one-way'],
  // The walking group's fragment.
  ['winston', 'walking', 'volunteering', 'one-way'],
  ['rosa', 'walking', 'peer-support', 'mutual'],
  ['bikes', 'walking', 'collaboration', 'mutual'],
  ['winston', 'rosa', 'peer-support', 'mutual'],
];
