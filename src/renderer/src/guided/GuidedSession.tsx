// The guided mapping session, shown big above the map: which step of how many, the step's prompt (editable), what
// the step asks for, and Back / Skip / Next; ending it stops recording the session's name on new actors and ties.
import { useMemo } from 'react';
import { buildSteps, hasEditablePrompt, promptFor, stepKind, type GuideStep } from '../../../shared/guided/steps';
import { useDocumentStore } from '../state/document-store';
import { ActorsStep } from './ActorsStep';
import { goToStep } from './guided-actions';
import { closeGuidedSession, useGuidedStore } from '../state/guided-store';
import { InfluenceStep } from './InfluenceStep';
import { NameStep } from './NameStep';
import { OffersStep } from './OffersStep';
import { PromptView } from './PromptView';
import { TiesStep } from './TiesStep';
import '../styles/guided.css';

function StepBody({ step }: { step: GuideStep }) {
  if ('kindId' in step) return <ActorsStep key={step.key} kindId={step.kindId} />;
  if ('tieTypeId' in step) return <TiesStep key={step.key} tieTypeId={step.tieTypeId} />;
  switch (stepKind(step)) {
    case 'name':
      return <NameStep />;
    case 'offers':
      return <OffersStep />;
    case 'influence':
      return <InfluenceStep />;
    default:
      return null;
  }
}

function Summary() {
  const { sessionName, addedActors, addedTies } = useGuidedStore();
  const a = addedActors.length;
  const t = addedTies.length;
  return (
    <p className="guided__hint">
      “{sessionName}” added {a} {a === 1 ? 'actor' : 'actors'} and {t} {t === 1 ? 'tie' : 'ties'}. Each one records the
      session as its source (see Details). History › Save snapshot keeps the map as it is now.
    </p>
  );
}

export function GuidedSession() {
  const { open, stepIndex, prompts, sessionName } = useGuidedStore();
  const kinds = useDocumentStore((s) => s.kinds);
  const tieTypes = useDocumentStore((s) => s.tieTypes);
  const steps = useMemo(() => buildSteps(kinds, tieTypes), [kinds, tieTypes]);
  if (!open) return null;
  const step = steps[Math.min(stepIndex, steps.length - 1)]!;
  const kind = stepKind(step);
  const last = stepIndex >= steps.length - 1;
  const go = (index: number) => void goToStep(index, steps);
  return (
    <section className="guided" role="region" aria-label="Guided session">
      <div className="guided__head">
        <div className="guided__where">
          <span className="guided__title">{sessionName ? `Guided session: ${sessionName}` : 'Guided session'}</span>
          <span className="guided__count">
            Step {stepIndex + 1} of {steps.length}
          </span>
        </div>
        {/* Always in view, however long the step's list: the facilitator moves on without scrolling. */}
        <nav className="guided__nav" aria-label="Steps">
          {kind !== 'name' && (
            <button type="button" className="button" disabled={stepIndex <= 1} onClick={() => go(stepIndex - 1)}>
              ← Back
            </button>
          )}
          {kind !== 'name' && !last && (
            <>
              <button type="button" className="button" onClick={() => go(stepIndex + 1)}>
                Skip
              </button>
              <button type="button" className="button button--primary" onClick={() => go(stepIndex + 1)}>
                Next →
              </button>
            </>
          )}
          <button type="button" className={`button${last ? ' button--primary' : ''}`} onClick={closeGuidedSession}>
            {last ? 'Finish' : 'End session'}
          </button>
        </nav>
      </div>
      <PromptView
        stepKey={step.key}
        text={promptFor(step, prompts, kinds, tieTypes)}
        editable={hasEditablePrompt(step)}
        custom={!!prompts[step.key]}
      />
      <div className="guided__scroll">
        <StepBody step={step} />
        {kind === 'done' && <Summary />}
      </div>
    </section>
  );
}
