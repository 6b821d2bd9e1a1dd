// Runs before anything else on the page (main.tsx imports it first): on the join page the #code=… of a scanned QR code
// is taken out of the address at once, before the full app's client would read it as its own one-time code.
import { ROOM_JOIN_PAGE } from '../../../shared/room';
import { codeFromHash } from './join-form';

export const onJoinPage = window.location.pathname === ROOM_JOIN_PAGE;

/** The full app on the join page is a co-facilitator's device: it edits the map but cannot share it onwards. */
export const joinedDevice = onJoinPage;

/** The code the QR code carried ('' when typed by hand). */
export const scannedCode = onJoinPage ? codeFromHash(window.location.hash) : '';

if (onJoinPage && window.location.hash) history.replaceState(null, '', window.location.pathname);
