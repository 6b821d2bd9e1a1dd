// One section of the written report: what writeReport produces and every report format and edit reads.
export interface ReportSection {
  id:
    | 'includes'
    | 'kinds'
    | 'under-represented'
    | 'fragmentation'
    | 'bridges'
    | 'load'
    | 'connections'
    | 'in-out'
    | 'assumptions';
  heading: string;
  paragraphs: string[];
  /** Bullet points after the paragraphs; empty when the section has none. */
  items: string[];
}
