// The header: Caremap's name, the open map's name, the File menu, the lists editor, undo/redo and view toggles.
// Fitting the map is on the map itself (the zoom buttons) and Ctrl+0, so the map's name keeps room here.
import { useDocumentStore } from '../state/document-store';
import { toggleInspector, toggleLegend, toggleTools, useSessionStore } from '../state/session-store';
import { openTaxonomyEditor } from '../taxonomy/open-taxonomy-editor';
import { FileMenu } from '../menu/FileMenu';
import { HistoryButtons } from './HistoryButtons';
import { TableToggle } from '../table/TableToggle';
import { AnalysisToggle } from './AnalysisToggle';
import { HistoryToggle } from '../history/HistoryToggle';
import { WorkshopToggle } from '../workshop/WorkshopToggle';
import { InviteButton } from '../room-share/InviteButton';

export function AppHeader() {
  const info = useDocumentStore((s) => s.info);
  const legendOpen = useSessionStore((s) => s.legendOpen);
  const toolsOpen = useSessionStore((s) => s.toolsOpen);
  const inspectorOpen = useSessionStore((s) => s.inspectorOpen);
  return (
    <header className="app-header">
      <div className="app-header__brand" aria-hidden="true">
        <span className="app-header__logo">●</span> <span className="app-header__brand-name">Caremap</span>
      </div>
      <FileMenu />
      <h1 className="app-header__map" title={info?.path}>
        {info ? info.name : 'No map open'}
      </h1>
      <div className="app-header__spacer" />
      <InviteButton disabled={!info} />
      <button type="button" className="button button--ghost" disabled={!info} onClick={() => openTaxonomyEditor()}>
        Kinds &amp; lists…
      </button>
      <HistoryButtons />
      <div className="app-header__view" role="group" aria-label="View">
        <button type="button" className="button button--ghost" aria-pressed={toolsOpen} onClick={toggleTools}>
          Tools
        </button>
        <button type="button" className="button button--ghost" aria-pressed={legendOpen} onClick={toggleLegend}>
          Legend
        </button>
        <button type="button" className="button button--ghost" aria-pressed={inspectorOpen} onClick={toggleInspector}>
          Details
        </button>
        <TableToggle disabled={!info} />
        <AnalysisToggle disabled={!info} />
        <HistoryToggle disabled={!info} />
        <WorkshopToggle disabled={!info} />
      </div>
    </header>
  );
}
