// When actors are coloured by community, the key to the groups' colours (the kinds' legend keeps the shapes).
import { memo } from 'react';
import { Panel } from '@xyflow/react';
import { COMMUNITY_COLOURS, OTHER_COMMUNITY_COLOUR } from '../state/analysis-encoding';
import { useAnalysisStore } from '../state/analysis-store';
import { useEncodingStore } from '../state/encoding-store';

export const CommunityLegend = memo(function CommunityLegend() {
  const on = useEncodingStore((s) => s.colourBy === 'community');
  const communities = useAnalysisStore((s) => s.analysis?.totals.communities ?? 0);
  if (!on || communities === 0) return null;
  const shown = Math.min(communities, COMMUNITY_COLOURS.length);
  return (
    <Panel position="top-right" className="choice-legend nowheel" aria-label="Colours: community">
      <h2 className="panel__title">Colour: community</h2>
      <ul className="choice-legend__list">
        {COMMUNITY_COLOURS.slice(0, shown).map((colour, i) => (
          <li key={colour} className="choice-legend__row">
            <span className="choice-legend__swatch" style={{ background: colour }} aria-hidden="true" />
            {i === 0 ? 'Group 1 (largest)' : `Group ${i + 1}`}
          </li>
        ))}
        {communities > shown && (
          <li className="choice-legend__row">
            <span className="choice-legend__swatch" style={{ background: OTHER_COMMUNITY_COLOUR }} aria-hidden="true" />
            {communities - shown} smaller groups
          </li>
        )}
      </ul>
    </Panel>
  );
});
