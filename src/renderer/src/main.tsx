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

// Loaded only on the join page, so the facilitator's window does not parse it at start-up.
const ParticipantApp = lazy(() => import('./room-join/ParticipantApp'));

const root = document.getElementById('root');
if (!root) throw new Error('Caremap’s page has no #root element.');
// A co-facilitator's device gets the full editing view on the same page, talking to the laptop with its own token.
const participant = onJoinPage && !wantsFullApp();
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
