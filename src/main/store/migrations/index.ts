// Every migration Caremap knows, in order; imported statically so the list is fixed at build time.
import { migration001 } from './001-core-tables';
import { migration002 } from './002-history-and-indexes';
import { migration003 } from './003-actor-details-and-taxonomy';
import { migration004 } from './004-snapshots-and-session-prompts';
import { migration005 } from './005-actor-pinned';
import { migration006 } from './006-people-kinds-and-safe-fields';
import { migration007 } from './007-change-counter';
import { migration008 } from './008-tie-fields-and-directed-pairs';
import { migration009 } from './009-report-draft';
import { migration010 } from './010-record-versions-and-history-author';
import { migration011 } from './011-fewer-tie-indexes';
import type { Migration } from './migration';

export type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
];

/** The schema version this build of Caremap writes. */
export const CURRENT_SCHEMA_VERSION = MIGRATIONS.length;
