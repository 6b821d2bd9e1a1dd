// How actors are drawn: size by nothing, ties, betweenness or a number field; colour by kind, community or a choice field.
import { memo } from 'react';
import { useDocumentStore } from '../state/document-store';
import {
  setColourBy,
  setSizeBy,
  setTieLabels,
  useEncodingStore,
  type ColourBy,
  type SizeBy,
} from '../state/encoding-store';

export const EncodingPanel = memo(function EncodingPanel() {
  const fields = useDocumentStore((s) => s.actorFields);
  const sizeBy = useEncodingStore((s) => s.sizeBy);
  const colourBy = useEncodingStore((s) => s.colourBy);
  const tieLabels = useEncodingStore((s) => s.tieLabels);
  const numbers = fields.filter((f) => f.type === 'number');
  const choices = fields.filter((f) => f.type === 'choice');
  return (
    <div className="encoding-panel" role="group" aria-label="Show actors">
      <label className="encoding-panel__field">
        Size by
        <select value={sizeBy} onChange={(e) => setSizeBy(e.target.value as SizeBy)}>
          <option value="none">Nothing</option>
          <option value="ties">Number of ties</option>
          <option value="betweenness">How much they link others (betweenness)</option>
          {numbers.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </select>
      </label>
      <label className="encoding-panel__field">
        Colour by
        <select value={colourBy} onChange={(e) => setColourBy(e.target.value as ColourBy)}>
          <option value="kind">Kind</option>
          <option value="community">Community (closely tied groups)</option>
          {choices.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </select>
      </label>
      <label className="encoding-panel__check">
        <input type="checkbox" checked={tieLabels} onChange={(e) => setTieLabels(e.target.checked)} />
        Show each tie's type on the map
      </label>
    </div>
  );
});
