// File › Open recent: the maps opened lately, newest first, as a submenu.
import type { Ref } from 'react';
import type { RecentMap } from '../../../shared/domain';

interface Props {
  recent: RecentMap[] | null;
  onChoose(path: string): void;
  ref?: Ref<HTMLUListElement>;
}

export function RecentMenu({ recent, onChoose, ref }: Props) {
  return (
    <ul ref={ref} role="menu" aria-label="Open recent" className="menu menu--sub">
      {recent === null && (
        <li role="none" className="menu__note">
          Loading…
        </li>
      )}
      {recent?.length === 0 && (
        <li role="none" className="menu__note">
          No maps opened yet
        </li>
      )}
      {recent?.map((map) => (
        <li role="none" key={map.path}>
          <button
            type="button"
            role="menuitem"
            className="menu__item"
            title={map.path}
            onClick={() => onChoose(map.path)}
          >
            <span className="menu__label">{map.name}</span>
            <span className="menu__detail">{map.path}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
