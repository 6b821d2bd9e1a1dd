// A shared report names no person: their names become "Person n" in written and typed words; organisations stay.
import { describe, expect, it } from 'vitest';
import { analyseMap, writeReport } from '../../../src/shared/analysis';
import { anonymiseSections } from '../../../src/shared/analysis/report-anonymise';
import { mapDoc } from './analysis-docs';

describe('anonymiseSections', () => {
  const doc = mapDoc({ ada: 'individual', adam: 'individual', club: 'grassroots', gp: 'statutory' }, [
    ['ada', 'club'],
    ['adam', 'club'],
    ['club', 'gp'],
  ]);
  const named = {
    ...doc,
    actors: doc.actors.map((a) => ({
      ...a,
      name: ({ ada: 'Ada', adam: 'Adam Okafor', club: 'Lunch Club', gp: 'Riverside GP' } as Record<string, string>)[
        a.id
      ]!,
    })),
  };

  it('replaces whole people’s names, longest first, and keeps organisations', () => {
    const sections = writeReport(named, analyseMap(named));
    const typed = {
      ...sections[0]!,
      paragraphs: ['Ada and Adam Okafor met at Lunch Club; Adamant Ada-like words stay.'],
    };
    const [clean] = anonymiseSections([typed], named);
    expect(clean!.paragraphs[0]).toMatch(
      /^Person \d and Person \d met at Lunch Club; Adamant Person \d-like words stay\.$/,
    );
    expect(clean!.paragraphs[0]).not.toMatch(/Ada |Adam Okafor/);
    const all = anonymiseSections(sections, named)
      .flatMap((s) => [s.heading, ...s.paragraphs, ...s.items])
      .join('\n');
    expect(all).not.toMatch(/\bAda\b|Adam Okafor/);
    expect(all).toContain('Lunch Club');
  });
});
