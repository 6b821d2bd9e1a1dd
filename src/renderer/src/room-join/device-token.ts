// Where a joined device keeps its token: this tab's sessionStorage, so closing the tab leaves the room and nothing
// lingers on a shared phone. A co-facilitator's token is also put where the full app's client looks for its key.

const TOKEN_KEY = 'caremap.room.token';
const ROLE_KEY = 'caremap.room.role';
/** The key the full app's browser client (api/client.ts) sends as X-Caremap-Token. */
const APP_TOKEN_KEY = 'caremap.token';

export interface DeviceSession {
  token: string;
  role: string;
}

export function loadDeviceSession(storage: Storage = sessionStorage): DeviceSession | null {
  const token = storage.getItem(TOKEN_KEY);
  const role = storage.getItem(ROLE_KEY);
  return token && role ? { token, role } : null;
}

export function saveDeviceSession(session: DeviceSession, storage: Storage = sessionStorage): void {
  storage.setItem(TOKEN_KEY, session.token);
  storage.setItem(ROLE_KEY, session.role);
  // The full editing view runs the normal client against the share listener with this device's own token.
  if (session.role === 'co-facilitator') storage.setItem(APP_TOKEN_KEY, session.token);
  else storage.removeItem(APP_TOKEN_KEY);
}

export function forgetDeviceSession(storage: Storage = sessionStorage): void {
  storage.removeItem(TOKEN_KEY);
  storage.removeItem(ROLE_KEY);
  storage.removeItem(APP_TOKEN_KEY);
}

/** On the join page, a co-facilitator's device gets the full app instead of the contribution view. */
export function wantsFullApp(storage: Storage = sessionStorage): boolean {
  return loadDeviceSession(storage)?.role === 'co-facilitator';
}
