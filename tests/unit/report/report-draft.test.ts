// The edited report is kept in the map file with the figures it was written from: it survives closing and reopening,
// the API keeps stored figures when only the words change, and Forget this person takes their name out of it.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import type { ActorId } from '../../../src/shared/domain';
import type { SectionDraft } from '../../../src/shared/report-draft';
import { parseRequest } from '../../../src/shared/validate';
import { forgetPerson } from '../../../src/main/commands/forget-person';
import { openMapStore, FORGOTTEN_NAME } from '../../../src/main/store';
import { createTempBackend } from '../../../src/main/api/temp-backend';
import { newMap, tempDir, track } from '../store/temp-maps';
import { PERSON, writePrivacyMap } from '../privacy/privacy-fixture';

const SECTIONS: SectionDraft[] = [
  {
    id: 'includes',
    heading: 'What the network includes',
    text: 'Written over two evenings after the Clapton workshop.',
  },
  { id: 'load', heading: 'Where the formal side carries the load', text: 'Services hold 71% of ties.\n\n- one\n- two' },
];

describe('the report kept in the map file', () => {
  it('comes back after closing and reopening, with the figures it was written from', () => {
    const store = newMap();
    expect(store.report.get()).toBeNull();
    store.report.set(SECTIONS, '{"totals":{"actors":3}}', new Date('2026-12-06T19:00:00Z'));
    store.close();
    const reopened = track(openMapStore(store.path));
    expect(reopened.report.get()).toEqual({
      sections: SECTIONS,
      figures: '{"totals":{"actors":3}}',
      savedAt: '2026-12-06T19:00:00.000Z',
    });
    reopened.report.clear();
    expect(reopened.report.get()).toBeNull();
  });

  it('through the API: the first keep stores the figures, later keeps change the words only; clear lets it go', async () => {
    const t = createTempBackend();
    t.backend.openInitialMap(`${t.mapsFolder}/Report.caremap`);
    const h = t.backend.handlers;
    expect(await h['report.get'](parseRequest('report.get', {}))).toBeNull();
    await h['report.save'](parseRequest('report.save', { sections: SECTIONS, figures: '{"a":1}' }));
    const edited = [{ ...SECTIONS[0]!, text: 'Third evening: added the GP surgery.' }];
    await h['report.save'](parseRequest('report.save', { sections: edited }));
    expect(await h['report.get'](parseRequest('report.get', {}))).toMatchObject({
      sections: edited,
      figures: '{"a":1}',
    });
    expect(() => parseRequest('report.save', { sections: [{ id: 'nonsense', heading: '', text: '' }] })).toThrow();
    await h['report.clear'](parseRequest('report.clear', {}));
    expect(await h['report.get'](parseRequest('report.get', {}))).toBeNull();
  });

  it('loses a forgotten person’s name from the words, and its figures (so it reads as out of date)', () => {
    const { file } = writePrivacyMap(tempDir());
    const store = track(openMapStore(file));
    store.report.set(
      [
        {
          id: 'bridges',
          heading: `Why ${PERSON.name} matters`,
          text: `${PERSON.name} bridges the estate and the surgery.`,
        },
      ],
      '{"x":"person-1"}',
    );
    forgetPerson(store, parseRequest('actors.forget', { id: 'person-1' as ActorId }));
    const kept = store.report.get()!;
    expect(kept.sections[0]).toMatchObject({
      heading: `Why ${FORGOTTEN_NAME} matters`,
      text: `${FORGOTTEN_NAME} bridges the estate and the surgery.`,
    });
    expect(kept.figures).toBe('');
    store.close();
    const bytes = Buffer.concat([
      readFileSync(file),
      ...(existsSync(`${file}-wal`) ? [readFileSync(`${file}-wal`)] : []),
    ]);
    expect(bytes.includes(Buffer.from(PERSON.name, 'utf8'))).toBe(false);
  });
});
