// While comparing: a coloured ring round an actor's shape and a word under it ("new", "removed", "changed").
import type { ChangeKind } from '../../../shared/history';
import { CHANGE_WORD } from './change-style';

export function ChangeBadge({ mark }: { mark: ChangeKind }) {
  return (
    <>
      <div className="actor__ring" aria-hidden="true" />
      <div className="actor__change">{CHANGE_WORD[mark]}</div>
    </>
  );
}
