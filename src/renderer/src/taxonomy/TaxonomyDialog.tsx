// "Kinds & lists": the map's own lists, one tab each. Every change is saved at once and is one undo step.
import { useState, type ComponentType } from 'react';
import type { TaxonomyList } from '../../../shared/domain';
import { Modal } from '../dialogs/Modal';
import { useDocumentStore } from '../state/document-store';
import { stripVerb, undo } from '../state/edits';
import { CareOffersTab } from './CareOffersTab';
import { CustomFieldsTab } from './CustomFieldsTab';
import { KindsTab } from './KindsTab';
import { initialTaxonomyTab } from './open-taxonomy-editor';
import { panelId, tabId, TaxonomyTabs } from './TaxonomyTabs';
import { TieStatusesTab } from './TieStatusesTab';
import { TieTypesTab } from './TieTypesTab';

const TABS: Record<TaxonomyList, ComponentType> = {
  kinds: KindsTab,
  tieTypes: TieTypesTab,
  tieStatuses: TieStatusesTab,
  careOffers: CareOffersTab,
  customFields: CustomFieldsTab,
};

/** The window's Undo is behind the dialog, so the dialog offers its own for the change just made. */
function UndoButton() {
  const history = useDocumentStore((s) => s.history);
  return (
    <button type="button" className="button" disabled={!history.canUndo} onClick={() => void undo()}>
      <span aria-hidden="true">↶</span> {history.undoLabel ? `Undo ${stripVerb(history.undoLabel, 'Undo')}` : 'Undo'}
    </button>
  );
}

export function TaxonomyDialog({ onClose }: { onClose(): void }) {
  const [tab, setTab] = useState<TaxonomyList>(initialTaxonomyTab);
  const Tab = TABS[tab];
  return (
    <Modal title="Kinds & lists" onClose={onClose} className="modal--wide taxonomy">
      <TaxonomyTabs current={tab} onChoose={setTab} />
      <div id={panelId(tab)} role="tabpanel" aria-labelledby={tabId(tab)} className="taxonomy__panel">
        <Tab />
      </div>
      <div className="taxonomy__foot">
        <p className="taxonomy__saved">Every change is saved as you make it.</p>
        <UndoButton />
        <button type="button" className="button button--primary" onClick={onClose}>
          Done
        </button>
      </div>
    </Modal>
  );
}
