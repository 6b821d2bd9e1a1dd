// Handlers for the taxonomy editor: each one a command on the open map's lists.
import type { Handlers } from '../../shared/api';
import * as commands from '../commands';
import type { MapSession } from './map-session';

type TaxonomyOperation = Extract<
  keyof Handlers,
  `${'kinds' | 'tieTypes' | 'tieStatuses' | 'careOffers' | 'customFields'}.${string}`
>;

export function taxonomyHandlers(session: MapSession): Pick<Handlers, TaxonomyOperation> {
  return {
    'kinds.create': (input) => commands.createKind(session.require(), input),
    'kinds.update': (input) => commands.updateKind(session.require(), input),
    'kinds.merge': (input) => commands.mergeKinds(session.require(), input),
    'kinds.delete': (input) => commands.deleteKind(session.require(), input),
    'tieTypes.create': (input) => commands.createTieType(session.require(), input),
    'tieTypes.update': (input) => commands.updateTieType(session.require(), input),
    'tieTypes.delete': (input) => commands.deleteTieType(session.require(), input),
    'tieStatuses.create': (input) => commands.createTieStatus(session.require(), input),
    'tieStatuses.update': (input) => commands.updateTieStatus(session.require(), input),
    'tieStatuses.delete': (input) => commands.deleteTieStatus(session.require(), input),
    'careOffers.create': (input) => commands.createCareOffer(session.require(), input),
    'careOffers.update': (input) => commands.updateCareOffer(session.require(), input),
    'careOffers.delete': (input) => commands.deleteCareOffer(session.require(), input),
    'customFields.create': (input) => commands.createCustomField(session.require(), input),
    'customFields.update': (input) => commands.updateCustomField(session.require(), input),
    'customFields.delete': (input) => commands.deleteCustomField(session.require(), input),
  };
}
