// When actors are coloured by a choice field, the key to its colours (the kinds' legend keeps the shapes).
import { memo } from 'react';
import { Panel } from '@xyflow/react';
import { CHOICE_COLOURS, NO_CHOICE_COLOUR, useActorEncoding } from '../state/actor-encoding';

export const ChoiceLegend = memo(function ChoiceLegend() {
  const field = useActorEncoding((s) => s.colourField);
  if (!field) return null;
  return (
    <Panel position="top-right" className="choice-legend nowheel" aria-label={`Colours: ${field.name}`}>
      <h2 className="panel__title">Colour: {field.name}</h2>
      <ul className="choice-legend__list">
        {[...field.options, null].map((option, i) => (
          <li key={option ?? ''} className="choice-legend__row">
            <span
              className="choice-legend__swatch"
              style={{ background: option === null ? NO_CHOICE_COLOUR : CHOICE_COLOURS[i % CHOICE_COLOURS.length] }}
              aria-hidden="true"
            />
            {option ?? 'Not filled in'}
          </li>
        ))}
      </ul>
    </Panel>
  );
});
