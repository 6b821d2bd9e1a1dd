// The Analysis panel: summary cards, actors by kind, who is tied to whom, and ranked lists of actors to look at.
import { toggleAnalysis, useSessionStore } from '../state/session-store';
import { useAnalysisStore } from '../state/analysis-store';
import { KindBars } from './KindBars';
import { MixingHeatmap } from './MixingHeatmap';
import { RankedList } from './RankedList';
import { ReportDialog } from './ReportDialog';
import { openReport } from './report-store';
import { SummaryCards } from './SummaryCards';
import { useShowActor } from './use-show-actor';
import { CollapseButton } from '../room/CollapseButton';
import { PanelRail } from '../room/PanelRail';
import { useCollapsed } from '../room/panel-collapse';
import '../styles/analysis.css';

function AnalysisBody() {
  const model = useAnalysisStore((s) => s.model);
  const error = useAnalysisStore((s) => s.error);
  const show = useShowActor();
  if (error)
    return (
      <p className="analysis-section__empty" role="alert">
        The analysis could not be worked out: {error}
      </p>
    );
  if (!model) return <p className="analysis-section__empty">Working out the figures…</p>;
  return (
    <>
      <button type="button" className="button analysis__report" onClick={() => void openReport()}>
        Analysis &amp; Overview report…
      </button>
      <SummaryCards model={model} />
      {model.kinds.length > 0 && <KindBars kinds={model.kinds} />}
      <MixingHeatmap mixing={model.mixing} />
      <RankedList
        title="Most connected"
        help="Actors with the most ties."
        empty="No ties yet."
        entries={model.mostConnected}
        onShow={show}
      />
      {model.mostIn && (
        <RankedList
          title="Most ties in"
          help="Arrows pointing to them: cared for, supported or referred to by many."
          empty="No tie points to anyone yet."
          entries={model.mostIn}
          onShow={show}
        />
      )}
      {model.mostOut && (
        <RankedList
          title="Most ties out"
          help="Arrows starting from them: caring for, supporting or referring many."
          empty="No tie starts from anyone yet."
          entries={model.mostOut}
          onShow={show}
        />
      )}
      {model.strongest && (
        <RankedList
          title="Strongest ties"
          help="Ties counted by strength: weak 1, medium 2, strong 3."
          empty="No ties yet."
          entries={model.strongest}
          onShow={show}
        />
      )}
      <RankedList
        title="Brokers"
        help="Actors tied to both the informal side (people, grassroots groups) and the formal side (organisations, services); those most in between first."
        empty="No actor is tied to both sides yet."
        entries={model.brokers}
        onShow={show}
      />
      {model.estimateNote && <p className="analysis-section__help analysis__estimate">{model.estimateNote}</p>}
      <RankedList
        title="Single points of failure"
        help="If one of these actors left, the network would split apart."
        empty="No single actor holds the network together."
        entries={model.cutPoints}
        onShow={show}
      />
      <RankedList
        title="Isolated actors"
        help="Actors with no ties yet."
        empty="Every actor has at least one tie."
        entries={model.isolated}
        onShow={show}
      />
      <section className="analysis-section" aria-labelledby="analysis-assumptions">
        <h3 id="analysis-assumptions" className="analysis-section__title">
          How these figures are worked out
        </h3>
        {model.assumptions.map((sentence) => (
          <p key={sentence} className="analysis-section__help">
            {sentence}
          </p>
        ))}
      </section>
    </>
  );
}

export function AnalysisPanel() {
  const open = useSessionStore((s) => s.analysisOpen);
  const running = useAnalysisStore((s) => s.running);
  const collapsed = useCollapsed('analysis');
  if (!open) return null;
  if (collapsed) return <PanelRail panel="analysis" side="right" />;
  return (
    <section className="analysis" role="region" aria-label="Analysis" aria-busy={running}>
      <div className="analysis__head">
        <h2 className="panel__title">Analysis</h2>
        {running && <span className="analysis__running">Updating…</span>}
        <CollapseButton panel="analysis" side="right" />
        <button
          type="button"
          className="icon-button"
          aria-label="Hide the analysis"
          title="Hide the analysis"
          onClick={toggleAnalysis}
        >
          ×
        </button>
      </div>
      <div className="analysis__body">
        <AnalysisBody />
      </div>
      <ReportDialog />
    </section>
  );
}
