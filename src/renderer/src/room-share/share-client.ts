// The facilitator's share.* operations, reached through the app's one API client.
import { api } from '../api/client';
import type { JoinedRole, RoomMode, ShareInterface, ShareState } from '../../../shared/room';

// The share.* operations are defined on the i16-room-server branch; until both are merged, name them here.
interface ShareCalls {
  'share.interfaces'(input: Record<string, never>): Promise<ShareInterface[]>;
  'share.start'(input: { address: string }): Promise<ShareState>;
  'share.state'(input: Record<string, never>): Promise<ShareState>;
  'share.setMode'(input: { mode: RoomMode }): Promise<ShareState>;
  'share.setRole'(input: { participantId: string; role: JoinedRole }): Promise<ShareState>;
  'share.remove'(input: { participantId: string }): Promise<ShareState>;
  'share.newCode'(input: Record<string, never>): Promise<ShareState>;
  'share.stop'(input: Record<string, never>): Promise<ShareState>;
}

export const shareApi = api as unknown as ShareCalls;
