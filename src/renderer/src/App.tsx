// The window's layout: header, Tools panel (palette, quick add, tips), the map, the details panel, status bar,
// dialogs and alerts.
import { useEffect } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { MapCanvas } from './canvas/MapCanvas';
import { Dialogs } from './dialogs/Dialogs';
import { EmptyState } from './feedback/EmptyState';
import { StatusBar } from './feedback/StatusBar';
import { Toasts } from './feedback/Toasts';
import { AnalysisPanel } from './analysis/AnalysisPanel';
import { useAnalysis } from './analysis/use-analysis';
import { AppHeader } from './header/AppHeader';
import { Inspector } from './inspector/Inspector';
import { useServerEvents } from './hooks/use-server-events';
import { useShortcuts } from './hooks/use-shortcuts';
import { loadCurrentMap } from './state/map-actions';
import { useDocumentStore } from './state/document-store';
import { useSessionStore } from './state/session-store';
import { useEncodingStore, usesAnalysis } from './state/encoding-store';
import { TablePanel } from './table/TablePanel';
import { HistoryPanel } from './history/HistoryPanel';
import { GuidedSession } from './guided/GuidedSession';
import { useGuidedStore } from './state/guided-store';
import { ToolsPanel } from './room/ToolsPanel';
import { useFileDrop } from './import/use-file-drop';
import { useWorkshopStore } from './workshop/workshop-store';
import { useWorkshopKeys } from './workshop/use-workshop-keys';
import { WorkshopBar } from './workshop/WorkshopBar';
import { WorkshopDock } from './workshop/WorkshopDock';
import { ElsewhereNotice } from './feedback/ElsewhereNotice';
import { ContextMenu } from './context-menu/ContextMenu';
import { SkipLink } from './room/SkipLink';
import { RoomShare } from './room-share/RoomShare';

export function App() {
  const phase = useSessionStore((s) => s.phase);
  const toolsOpen = useSessionStore((s) => s.toolsOpen);
  const inspectorOpen = useSessionStore((s) => s.inspectorOpen);
  const analysisOpen = useSessionStore((s) => s.analysisOpen);
  const encodingNeedsAnalysis = useEncodingStore(usesAnalysis);
  const mapPath = useDocumentStore((s) => s.info?.path);
  // Workshop mode (projector): no panels at all, so personal fields (contact, address, notes) are never on screen.
  const workshop = useWorkshopStore((s) => s.on);
  const panels = !workshop;
  // A guided session has its own name fields and steps: the workshop dock under the map would only repeat them and
  // leave the map a strip (about 260 px tall at 1280 × 800).
  const guiding = useGuidedStore((s) => s.open);
  useShortcuts();
  useWorkshopKeys();
  useServerEvents();
  useFileDrop();
  useAnalysis(phase === 'ready' && (analysisOpen || encodingNeedsAnalysis));
  useEffect(() => {
    void loadCurrentMap();
  }, []);

  return (
    <ReactFlowProvider>
      <div className={workshop ? 'app app--workshop' : 'app'}>
        <SkipLink />
        {workshop ? <WorkshopBar /> : <AppHeader />}
        <ElsewhereNotice />
        <div className="app__body">
          {phase === 'ready' && panels && toolsOpen && <ToolsPanel />}
          <div className="app__centre">
            {phase === 'ready' && <GuidedSession />}
            <main id="map" className="app__main" aria-label="Map" tabIndex={-1}>
              {phase === 'ready' ? <MapCanvas key={mapPath} /> : <EmptyState loading={phase === 'loading'} />}
            </main>
            {phase === 'ready' && panels && <TablePanel />}
            {phase === 'ready' && workshop && !guiding && <WorkshopDock />}
          </div>
          {phase === 'ready' && panels && <AnalysisPanel />}
          {phase === 'ready' && panels && <HistoryPanel />}
          {phase === 'ready' && panels && inspectorOpen && <Inspector />}
        </div>
        <StatusBar />
        <Toasts />
        <Dialogs />
        <ContextMenu />
        <RoomShare />
      </div>
    </ReactFlowProvider>
  );
}
