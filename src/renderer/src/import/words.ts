// What the import dialog calls each field a column can go to, in the words the details panel uses.
import type { ActorTarget, LayoutName, TieTarget } from '../../../shared/import/import-types';

export const ACTOR_TARGET_WORDS: Record<ActorTarget, string> = {
  ignore: 'Leave out',
  id: 'ID (to match later imports)',
  name: 'Name',
  firstName: 'First name',
  lastName: 'Last name',
  kind: 'Kind (type)',
  description: 'Description',
  careOffers: 'Care offers',
  careModes: 'Care modes',
  role: 'Role',
  address: 'Area or address',
  tags: 'Tags',
  website: 'Website',
  email: 'Email',
  phone: 'Phone',
  otherContact: 'Other contact',
  consent: 'Consent',
  consentDate: 'Consent date',
  notes: 'Notes',
  x: 'Position across (X)',
  y: 'Position down (Y)',
  custom: 'A field of its own',
  customNumber: 'A number field of its own',
};

export const TIE_TARGET_WORDS: Record<TieTarget, string> = {
  ignore: 'Leave out',
  from: 'From',
  to: 'To',
  tieType: 'Tie type',
  direction: 'Direction',
  strength: 'Strength',
  status: 'Status',
  since: 'Since',
  notes: 'Notes',
  custom: 'A field of its own',
  customNumber: 'A number field of its own',
};

export const LAYOUT_WORDS: Record<LayoutName, string> = {
  kumu: 'This looks like a Kumu workbook.',
  prsm: 'This looks like a PRSM workbook.',
  gephi: 'This looks like a Gephi spreadsheet.',
  onodo: 'This looks like an Onodo workbook.',
  caremap: 'This is a Caremap export.',
  graph: 'This is a network file (GraphML, GEXF, PRSM or Kumu): its nodes become actors and its edges ties.',
  generic: 'Check which sheets and columns hold what.',
};

export const OUTCOME_WORDS = {
  skipped: 'Skipped',
  merged: 'Merged',
  created: 'Created',
  kept: 'Kept',
  cleared: 'Left out',
} as const;
