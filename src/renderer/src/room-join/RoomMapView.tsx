// The live map on a phone: dots in their kind's colour, ties as lines, every name legible; drag to move, pinch or the
// buttons to zoom. Read-only: it only shows what the room's stream brings.
import { useEffect, useRef, useState, type PointerEvent } from 'react';
import type { RoomMap } from '../../../shared/room';
import { fittedLook, frameFor, NAME_PX, panned, zoomed, type MapLook } from './map-frame';

const TIE_GREY = '#8a94a3';

function useSize(ref: React.RefObject<HTMLElement | null>) {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setSize({ width: element.clientWidth, height: element.clientHeight }));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

export function RoomMapView({ map }: { map: RoomMap }) {
  const box = useRef<HTMLDivElement>(null);
  const size = useSize(box);
  const [look, setLook] = useState<MapLook | null>(null);
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const current = look ?? fittedLook(map.actors);
  const frame = frameFor(map.actors, current, size);
  const byId = new Map(map.actors.map((actor) => [actor.id, actor]));
  const kinds = new Map(map.kinds.map((kind) => [kind.id, kind]));
  const tieColours = new Map(map.tieTypes.map((type) => [type.id, type.colour]));
  const unit = 1 / frame.scale;

  const onPointerMove = (event: PointerEvent) => {
    const before = pointers.current.get(event.pointerId);
    if (!before) return;
    const others = [...pointers.current.entries()].filter(([id]) => id !== event.pointerId).map(([, p]) => p);
    const now = { x: event.clientX, y: event.clientY };
    pointers.current.set(event.pointerId, now);
    const other = others[0];
    if (other) {
      // Two fingers: zoom by how much further apart they are now.
      const was = Math.hypot(before.x - other.x, before.y - other.y);
      const is = Math.hypot(now.x - other.x, now.y - other.y);
      if (was > 0) setLook(zoomed(current, is / was));
    } else {
      setLook(panned(current, now.x - before.x, now.y - before.y, frame.scale));
    }
  };
  const release = (event: PointerEvent) => void pointers.current.delete(event.pointerId);

  return (
    <div className="room-map" ref={box}>
      <svg
        className="room-map__svg"
        viewBox={frame.viewBox.join(' ')}
        role="img"
        aria-label={`The map: ${map.actors.length} people and organisations, ${map.ties.length} ties`}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
        }}
        onPointerMove={onPointerMove}
        onPointerUp={release}
        onPointerCancel={release}
        onWheel={(event) => setLook(zoomed(current, event.deltaY < 0 ? 1.2 : 1 / 1.2))}
      >
        {map.ties.map((tie) => {
          const from = byId.get(tie.fromId);
          const to = byId.get(tie.toId);
          if (!from || !to) return null;
          return (
            <line
              key={tie.id}
              x1={from.x}
              y1={from.y}
              x2={to.x}
              y2={to.y}
              stroke={(tie.tieTypeId && tieColours.get(tie.tieTypeId)) || TIE_GREY}
              strokeWidth={2 * unit}
            />
          );
        })}
        {map.actors.map((actor) => (
          <g key={actor.id} data-actor={actor.name}>
            <circle
              cx={actor.x}
              cy={actor.y}
              r={8 * unit}
              fill={kinds.get(actor.kindId)?.colour ?? '#6b7685'}
              stroke="#fff"
              strokeWidth={1.5 * unit}
            />
            <text
              x={actor.x + 11 * unit}
              y={actor.y + 4.5 * unit}
              fontSize={NAME_PX * unit}
              className="room-map__name"
              strokeWidth={3 * unit}
            >
              {actor.name}
            </text>
          </g>
        ))}
      </svg>
      {map.actors.length === 0 && <p className="room-map__empty">The map is empty so far.</p>}
      <div className="room-map__zoom" role="group" aria-label="Zoom">
        <button type="button" aria-label="Zoom in" onClick={() => setLook(zoomed(current, 1.5))}>
          +
        </button>
        <button type="button" aria-label="Zoom out" onClick={() => setLook(zoomed(current, 1 / 1.5))}>
          −
        </button>
        <button type="button" aria-label="Show the whole map" onClick={() => setLook(null)}>
          ⤢
        </button>
      </div>
    </div>
  );
}
