// Keeps the analysis up to date: after edits settle (~300 ms) the map goes to the worker; its answer fills the store.
import { useEffect } from 'react';
import { useDocumentStore, type DocumentState } from '../state/document-store';
import { useAnalysisStore } from '../state/analysis-store';
import { analysisToPanel } from './analysis-to-panel';
import { currentDocument } from './current-document';
import type { AnalysisReply, AnalysisRequest } from './worker-messages';

const SETTLE_MS = 300;

/** What the figures depend on. */
const inputs = (s: DocumentState) => [s.info, s.actors, s.ties, s.kinds] as const;
type Inputs = ReturnType<typeof inputs>;

/** Moving actors changes no figure, so only names, kinds and who exists count as a change of actors. */
function sameActors(a: DocumentState['actors'], b: DocumentState['actors']): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [id, actor] of a) {
    const other = b.get(id);
    if (!other || other.name !== actor.name || other.kindId !== actor.kindId) return false;
  }
  return true;
}

const changed = (a: Inputs, b: Inputs) => a[0] !== b[0] || a[2] !== b[2] || a[3] !== b[3] || !sameActors(a[1], b[1]);

/** Runs while `enabled`: the worker starts with the panel (or a metric encoding) and stops with it. */
export function useAnalysis(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    let seq = 0;
    let busy = false;
    let pending = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const send = () => {
      const state = useDocumentStore.getState();
      const doc = currentDocument(state);
      if (!doc) {
        useAnalysisStore.setState({ model: null, running: false, error: null });
        return;
      }
      busy = true;
      pending = false;
      const request: AnalysisRequest = { seq: ++seq, doc };
      worker.postMessage(request);
    };

    worker.onmessage = (event: MessageEvent<AnalysisReply>) => {
      busy = false;
      const reply = event.data;
      if (pending) return send(); // the map changed meanwhile: this answer is already out of date
      if ('error' in reply) {
        useAnalysisStore.setState({ running: false, error: reply.error });
        return;
      }
      const model = analysisToPanel(reply.analysis, useDocumentStore.getState().kindsById);
      useAnalysisStore.setState({ model, analysis: reply.analysis, running: false, error: null });
    };
    worker.onerror = (event) => {
      busy = false;
      useAnalysisStore.setState({ running: false, error: event.message || 'the analysis stopped unexpectedly' });
    };

    const schedule = () => {
      useAnalysisStore.setState({ running: true });
      clearTimeout(timer);
      timer = setTimeout(() => (busy ? (pending = true) : send()), SETTLE_MS);
    };

    let last = inputs(useDocumentStore.getState());
    send();
    useAnalysisStore.setState({ running: true });
    const unsubscribe = useDocumentStore.subscribe((state) => {
      const next = inputs(state);
      if (!changed(next, last)) return;
      last = next;
      schedule();
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
      worker.terminate();
    };
  }, [enabled]);
}
