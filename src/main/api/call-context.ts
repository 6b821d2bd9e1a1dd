// Which view is making the API call being handled: set by the transport around each call, read by the in-step guard.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { CallMeta } from '../../shared/live-map';

// Carried beside the call rather than in each operation's input, so the Handlers contract stays "a schema and a
// handler" and every transport (IPC, HTTP, tests, the CLI) passes it the same way.
const storage = new AsyncLocalStorage<CallMeta>();

export function runWithCallMeta<T>(meta: CallMeta, call: () => T): T {
  return storage.run(meta, call);
}

/** The calling view's metadata; empty for calls main makes itself (menus, start-up, tests). */
export function currentCallMeta(): CallMeta {
  return storage.getStore() ?? {};
}
