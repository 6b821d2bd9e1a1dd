// The renderer's entry: mounts the app into #root, or on the join page (a participant's phone) the participant's pages.
// capture-join-code runs first so a scanned #code=… is the room's, not read by the full app's client.
import { onJoinPage, scannedCode } from './room-join/capture-join-code';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/app.css';
import './styles/canvas.css';
import './styles/panels.css';
import './styles/forms.css';
import './styles/inspector.css';
import './styles/taxonomy.css';
import { App } from './App';
import { wantsFullApp } from './room-join/device-token';
import { prefetchCurrentMap } from './state/map-actions';
import { keyReady } from './api/client';

// Loaded only on the join page, so the facilitator's window does not parse it at start-up.
const ParticipantApp = lazy(() => import('./room-join/ParticipantApp'));

const found = document.getElementById('root');
if (!found) throw new Error('Caremap’s page has no #root element.');
const root: HTMLElement = found;
// A co-facilitator's device gets the full editing view on the same page, talking to the laptop with its own token.
const participant = onJoinPage && !wantsFullApp();
// The map is on its way while React mounts (App's first effect takes the answer). React's first render is one long
// task: mounting before the request has left would hold it back until that task ends (~0.1 s, issue 17), so the
// mount waits for the session key (a few milliseconds on loopback; never more than MOUNT_WAIT_MS).
const MOUNT_WAIT_MS = 300;
// For the load profile (bench/far-drag-profile.ts): the bundle has been fetched and evaluated.
performance.mark('caremap:bundle-run');
if (!participant) prefetchCurrentMap();
const sent = participant
  ? Promise.resolve()
  : Promise.race([keyReady, new Promise((resolve) => setTimeout(resolve, MOUNT_WAIT_MS))]);
void sent.then(mount, mount);

function mount(): void {
  performance.mark('caremap:mount');
  createRoot(root).render(
    <StrictMode>
      {participant ? (
        <Suspense fallback={null}>
          <ParticipantApp scannedCode={scannedCode} />
        </Suspense>
      ) : (
        <App />
      )}
    </StrictMode>,
  );
}
