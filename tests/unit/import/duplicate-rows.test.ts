// A duplicate row never overwrites what the first row of the same actor said: the first non-empty value of each field
// is kept, empty fields are filled in, lists are joined, and every disagreeing value is listed in the preview with its
// row and column ("row 4 says … for Description; row 2's … is kept").
import { describe, expect, it } from 'vitest';
import { newMap } from '../store/temp-maps';
import { actorNamed, importFile, preview, workbookBytes } from './import-helpers';

const REAL = 'Weekly chats over chai for older South Asian women, Tuesdays at the library.';

const partnerWorkbook = () =>
  workbookBytes({
    Groups: [
      ['Name', 'Type', 'Description', 'Phone', 'Tags', 'Languages'],
      ['Chats & Chai', 'Grassroots group', REAL, '', 'older people', 'Urdu'],
      ['Lunch Club', 'Grassroots group', 'Hot lunch on Fridays', '0207 000', '', ''],
      ['  Chats & Chai ', 'Charity', 'Same group, typed again', '0207 946 0000', 'women', 'Punjabi'],
    ],
  });

describe('merging duplicate rows', () => {
  it('keeps row 2’s description, fills in the phone it lacked, joins the tags, and lists each disagreement', () => {
    const store = newMap();
    const shown = preview(store, 'partner.xlsx', partnerWorkbook());
    expect(shown.counts.actorsAdded).toBe(2);
    const row4 = shown.problems.filter((p) => p.row === 4).map((p) => [p.column, p.outcome, p.message]);
    expect(row4).toEqual([
      [
        'A (Name)',
        'merged',
        'This row has the same name as row 2 (“Chats & Chai”); the two rows are merged into one actor.',
      ],
      [
        'C (Description)',
        'kept',
        `Row 4 says “Same group, typed again” for Description; row 2’s “${REAL.slice(0, 59)}…” is kept.`,
      ],
      ['F (Languages)', 'kept', 'Row 4 says “Punjabi” for Languages; row 2’s “Urdu” is kept.'],
      ['B (Type)', 'kept', 'Row 4 says “Charity” for Type; row 2’s “Grassroots group” is kept.'],
    ]);

    importFile(store, 'partner.xlsx', partnerWorkbook());
    const chai = actorNamed(store, 'Chats & Chai');
    expect(chai.description).toBe(REAL);
    expect(chai.contact.phone).toBe('0207 946 0000');
    expect(chai.tags).toEqual(['older people', 'women']);
    expect(store.actors()).toHaveLength(2);
  });
});

describe('taking the other value', () => {
  it('uses row 4’s description when the facilitator ticks it, and says so', () => {
    const store = newMap();
    const shown = preview(store, 'partner.xlsx', partnerWorkbook());
    const description = shown.problems.find((p) => p.column === 'C (Description)')!;
    expect(description.choice).toEqual({ key: '4:C (Description)', taken: false });
    const chosen = preview(store, 'partner.xlsx', partnerWorkbook(), { preferLater: [description.choice!.key] });
    expect(chosen.problems.find((p) => p.column === 'C (Description)')).toMatchObject({
      message: `Row 4’s “Same group, typed again” is used for Description, as you chose, instead of row 2’s “${REAL.slice(0, 59)}…”.`,
      choice: { key: '4:C (Description)', taken: true },
    });
    importFile(store, 'partner.xlsx', partnerWorkbook(), { preferLater: [description.choice!.key] });
    expect(actorNamed(store, 'Chats & Chai')).toMatchObject({
      description: 'Same group, typed again',
      tags: ['older people', 'women'],
    });
  });
});

describe('blank rows', () => {
  it('are counted in the preview: those between filled rows, not the sheet’s empty edge', () => {
    const store = newMap();
    const bytes = workbookBytes({
      Elements: [
        ['Label', 'Type'],
        ['Ada', 'Person'],
        ['', ''],
        ['  ', ''],
        ['Bea', 'Person'],
        ['', ''],
        ['', ''],
      ],
      Connections: [
        ['From', 'To'],
        ['', ''],
        ['Ada', 'Bea'],
      ],
    });
    expect(preview(store, 'gaps.xlsx', bytes).counts).toMatchObject({ actorsAdded: 2, tiesAdded: 1, blankRows: 3 });
  });
});

describe('actors already on the map', () => {
  it('are listed in the preview with what changes for each', () => {
    const store = newMap();
    importFile(
      store,
      'first.xlsx',
      workbookBytes({
        S: [
          ['Name', 'Type', 'Description', 'Phone'],
          ['Lunch Club', 'Grassroots group', 'Hot lunch', ''],
          ['Ada', 'Person', '', ''],
        ],
      }),
    );
    const again = workbookBytes({
      S: [
        ['Name', 'Type', 'Description', 'Phone'],
        ['Lunch Club', 'Charity', 'Hot lunch on Fridays', '0207 946 0000'],
        ['Ada', 'Person', '', ''],
      ],
    });
    const shown = preview(store, 'second.xlsx', again);
    expect(shown.updates).toHaveLength(shown.counts.actorsUpdated);
    expect(shown.updates).toEqual([
      { name: 'Ada', changes: ['Where it came from (now this file)'] },
      {
        name: 'Lunch Club',
        changes: [
          'Kind “Grassroots or mutual aid group” → “Community charity / not-for-profit (CIC)”',
          'Description “Hot lunch” → “Hot lunch on Fridays”',
          'Contact details',
          'Where it came from (now this file)',
        ],
      },
    ]);
  });
});
