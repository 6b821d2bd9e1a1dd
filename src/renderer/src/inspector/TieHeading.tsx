// The inspector's title for one tie: the two actors it joins, with the arrow its direction gives it.
import type { CanvasActor, CanvasTie } from '../../../shared/canvas-records';
import { useDocumentStore } from '../state/document-store';

const ARROWS = { 'one-way': '→', mutual: '↔', none: '—' } as const;

export function TieHeading({
  tie,
  from,
  to,
}: {
  tie: CanvasTie;
  from: CanvasActor | undefined;
  to: CanvasActor | undefined;
}) {
  const type = useDocumentStore((s) => (tie.tieTypeId ? s.tieTypesById.get(tie.tieTypeId) : undefined));
  return (
    <div className="inspector__heading inspector__heading--tie">
      <span className="inspector__tie-swatch" style={{ background: type?.colour ?? '#5b6675' }} aria-hidden="true" />
      <div>
        <p className="inspector__name">
          {from?.name ?? 'An actor'}{' '}
          <span aria-label={tie.direction === 'none' ? 'and' : tie.direction === 'mutual' ? 'with' : 'to'}>
            {ARROWS[tie.direction]}
          </span>{' '}
          {to?.name ?? 'an actor'}
        </p>
        <p className="inspector__kind">{type ? `${type.name} tie` : 'Tie with no type yet'}</p>
      </div>
    </div>
  );
}
