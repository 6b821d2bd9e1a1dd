// The editor's tabs, one per list, moved between with the arrow keys as tabs are.
import { useRef, type KeyboardEvent } from 'react';
import type { TaxonomyList } from '../../../shared/domain';
import { TAXONOMY_LISTS } from '../../../shared/domain';
import { TAB_WORDS } from './words';

export const tabId = (list: TaxonomyList) => `taxonomy-tab-${list}`;
export const panelId = (list: TaxonomyList) => `taxonomy-panel-${list}`;

export function TaxonomyTabs({ current, onChoose }: { current: TaxonomyList; onChoose(list: TaxonomyList): void }) {
  const ref = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = TAXONOMY_LISTS.indexOf(current);
    const last = TAXONOMY_LISTS.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    const list = TAXONOMY_LISTS[next]!;
    onChoose(list);
    ref.current?.querySelector<HTMLElement>(`#${tabId(list)}`)?.focus();
  };
  return (
    <div ref={ref} className="tabs" role="tablist" aria-label="Lists" onKeyDown={onKeyDown}>
      {TAXONOMY_LISTS.map((list) => (
        <button
          key={list}
          id={tabId(list)}
          type="button"
          role="tab"
          className="tabs__tab"
          aria-selected={list === current}
          aria-controls={panelId(list)}
          tabIndex={list === current ? 0 : -1}
          onClick={() => onChoose(list)}
        >
          {TAB_WORDS[list]}
        </button>
      ))}
    </div>
  );
}
