// The report as Markdown or as one self-contained HTML page (escaped text, inline styles, the map image optionally embedded).
import { markdownText } from './markdown-text';
import type { ReportSection } from './report';

export interface ReportFormatOptions {
  title: string;
  /** A PNG of the map as a data URL ("data:image/png;base64,…"); anything else is ignored. */
  mapImage?: string;
  /**
   * Markdown only: the file name of the map picture saved beside the Markdown file. Preferred over a data URL there,
   * because a facilitator pasting the text into their own report should not have to wade through a block of base64.
   */
  mapImageFile?: string;
}

export function reportToMarkdown(sections: readonly ReportSection[], options: ReportFormatOptions): string {
  // Every text is escaped: a name or an edited sentence is shown as written, never read as HTML or Markdown.
  const out = [`# Analysis & Overview: ${markdownText(options.title)}`, ''];
  if (options.mapImageFile) out.push(`![The map](${encodeURI(options.mapImageFile)})`, '');
  else if (options.mapImage?.startsWith('data:image/png;base64,')) out.push(`![The map](${options.mapImage})`, '');
  for (const section of sections) {
    out.push(`## ${markdownText(section.heading)}`, '');
    for (const p of section.paragraphs) out.push(markdownText(p), '');
    if (section.items.length > 0) out.push(...section.items.map((i) => `- ${markdownText(i)}`), '');
  }
  return out.join('\n');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = 'body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}img{max-width:100%;border:1px solid #ccc}h2{margin-top:2rem}';

export function reportToHtml(sections: readonly ReportSection[], options: ReportFormatOptions): string {
  const title = `Analysis &amp; Overview: ${escapeHtml(options.title)}`;
  const image = /^data:image\/png;base64,[A-Za-z0-9+/=]+$/.test(options.mapImage ?? '')
    ? `<figure><img src="${options.mapImage}" alt="The map"></figure>`
    : '';
  const body = sections
    .map((s) => {
      const paragraphs = s.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
      const items = s.items.length > 0 ? `<ul>${s.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>` : '';
      return `<section id="${escapeHtml(s.id)}"><h2>${escapeHtml(s.heading)}</h2>${paragraphs}${items}</section>`;
    })
    .join('\n');
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style></head>\n<body><h1>${title}</h1>${image}\n${body}\n</body></html>\n`;
}
