// The bottom of the screen in workshop mode: the quick-add bar and the last few steps.
import { RecentActions } from './RecentActions';
import { WorkshopQuickAdd } from './WorkshopQuickAdd';
import './workshop.css';

export function WorkshopDock() {
  return (
    <div className="workshop-dock" role="region" aria-label="Workshop">
      <WorkshopQuickAdd />
      <RecentActions />
    </div>
  );
}
