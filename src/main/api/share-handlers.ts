// Handlers for "Invite the room" (share.*): the facilitator's own views only; the share listener never reaches them.
import type { Handlers, OperationName } from '../../shared/api';
import { listShareInterfaces } from '../room/network-interfaces';
import type { ShareController } from '../room/share-controller';

type ShareOperation = Extract<OperationName, `share.${string}`>;

export function shareHandlers(share: ShareController): Pick<Handlers, ShareOperation> {
  return {
    'share.interfaces': () => listShareInterfaces(),
    'share.start': (input) => share.start(input.address),
    'share.state': () => share.state(),
    'share.setMode': (input) => share.setMode(input.mode),
    'share.setRole': (input) => share.setRole(input.participantId, input.role),
    'share.remove': (input) => share.remove(input.participantId),
    'share.newCode': () => share.newCode(),
    'share.setShowPeopleNames': (input) => share.setShowPeopleNames(input.show),
    'share.stop': () => share.stop(),
  };
}
