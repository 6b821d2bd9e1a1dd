// The facilitator's edits: a section as text and back, and the edited words carried into every export format.
import { describe, expect, it } from 'vitest';
import { reportToHtml, reportToMarkdown, type ReportSection } from '../../../src/shared/analysis';
import { sectionFromText, sectionToText } from '../../../src/shared/analysis/report-edit';
import { reportToPdf } from '../../../src/shared/analysis/report-pdf';
import { nodePdfFontFiles } from '../../../src/main/render/pdf-font-files';
import { readPdf } from './pdf-text';

const section: ReportSection = {
  id: 'connections',
  heading: 'Which connections would most help',
  paragraphs: ['Statutory services are not well linked.', 'These pairs would help most:'],
  items: ['Individual active citizen ↔ Statutory service: 0 ties', 'Grassroots group ↔ Statutory service: 1 tie'],
};

describe('editing a report section as text', () => {
  it('round-trips paragraphs and points unchanged', () => {
    const text = sectionToText(section);
    expect(text).toBe(
      'Statutory services are not well linked.\n\nThese pairs would help most:\n\n- Individual active citizen ↔ Statutory service: 0 ties\n- Grassroots group ↔ Statutory service: 1 tie',
    );
    expect(sectionFromText(section, text)).toEqual(section);
  });

  it('reads what a facilitator types: wrapped lines join, blank lines split, "•" and "*" points count, blanks vanish', () => {
    const edited = sectionFromText(
      section,
      'We met the GP practice\nin March.\n\n\n• Ask the council to join\n* Invite the surgery\r\n\nThanks to everyone.\n',
    );
    expect(edited.paragraphs).toEqual(['We met the GP practice in March.', 'Thanks to everyone.']);
    expect(edited.items).toEqual(['Ask the council to join', 'Invite the surgery']);
    expect(edited.heading).toBe(section.heading);
    expect(sectionFromText(section, '   \n\n')).toMatchObject({ paragraphs: [], items: [] });
  });

  it('carries edited words into HTML, Markdown and PDF', async () => {
    const edited = [
      sectionFromText(
        { ...section, heading: 'Next steps for Clapton' },
        'Invite the district nurses to the next workshop.\n- Ask the council',
      ),
    ];
    expect(reportToHtml(edited, { title: 'Clapton' })).toContain(
      '<h2>Next steps for Clapton</h2><p>Invite the district nurses to the next workshop.</p><ul><li>Ask the council</li></ul>',
    );
    const md = reportToMarkdown(edited, { title: 'Clapton', mapImageFile: 'Clapton - map.png' });
    expect(md).toContain('![The map](Clapton%20-%20map.png)');
    expect(md).toContain(
      '## Next steps for Clapton\n\nInvite the district nurses to the next workshop.\n\n- Ask the council',
    );
    const pdf = await readPdf(await reportToPdf(edited, { title: 'Clapton', fonts: nodePdfFontFiles }));
    expect(pdf.lines).toEqual(
      expect.arrayContaining([
        'Next steps for Clapton',
        'Invite the district nurses to the next workshop.',
        '•Ask the council',
      ]),
    );
  });
});
