// The analysis worker: works out a map's figures off the UI thread, so the canvas keeps responding meanwhile.
import { analyseMap } from '../../../shared/analysis';
import type { AnalysisReply, AnalysisRequest } from './worker-messages';

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { seq, doc } = event.data;
  let reply: AnalysisReply;
  try {
    reply = { seq, analysis: analyseMap(doc) };
  } catch (error) {
    reply = { seq, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
