// Shows whichever in-app dialog the session asks for: the file dialogs (browser mode; Electron uses native ones)
// and the taxonomy editor (everywhere).
import { useDocumentStore } from '../state/document-store';
import { openDialog, useSessionStore } from '../state/session-store';
import { OpenMapDialog } from './OpenMapDialog';
import { SaveMapDialog } from './SaveMapDialog';
import { TaxonomyDialog } from '../taxonomy/TaxonomyDialog';
import { ExportDialog } from '../export/ExportDialog';
import { ImportDialog } from '../import/ImportDialog';
import { ShareCopyDialog } from '../privacy/ShareCopyDialog';

const close = () => openDialog(null);

export function Dialogs() {
  const dialog = useSessionStore((s) => s.dialog);
  const mapName = useDocumentStore((s) => s.info?.name ?? 'Map');
  switch (dialog) {
    case 'open-map':
      return <OpenMapDialog onClose={close} />;
    case 'new-map':
      return <SaveMapDialog mode="new" suggestedName="New map" onClose={close} />;
    case 'save-copy':
      return <SaveMapDialog mode="copy" suggestedName={`${mapName} copy`} onClose={close} />;
    case 'share-copy':
      return <ShareCopyDialog mapName={mapName} onClose={close} />;
    case 'taxonomy':
      return <TaxonomyDialog onClose={close} />;
    case 'export':
      return <ExportDialog onClose={close} />;
    case 'import':
      return <ImportDialog />;
    default:
      return null;
  }
}
