// The analysis's public face: analyseMap, its figures' types, the metric registry and the report writers.
export { analyseMap } from './analyse-map';
export { METRICS, type Metric, type MetricId } from './metric-registry';
export { kindClassOf, sideOf } from './kind-classes';
export { cutPoints } from './cut-points';
export * from './types';
export { writeReport } from './report';
export type { ReportSection } from './report-section';
export { reportToHtml, reportToMarkdown, type ReportFormatOptions } from './report-formats';
