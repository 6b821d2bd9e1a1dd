// Layouts other tools write import with no set-up: Kumu, PRSM, Gephi, Onodo and Caremap's own; and an odd-shaped
// contact list is still understood. Each workbook is written by the test itself.
import { describe, expect, it } from 'vitest';
import { newMap } from '../store/temp-maps';
import { actorNamed, importFile, kindName, kumuWorkbook, preview, utf8, workbookBytes } from './import-helpers';

describe('Kumu workbooks', () => {
  it('imports elements and connections, pipe-separated values and several To names, skipping (ignore) sheets', () => {
    const store = newMap();
    const shown = preview(store, 'partners.xlsx', kumuWorkbook());
    expect(shown.layout).toBe('kumu');
    expect(shown.choices).toMatchObject({ actorSheet: 'Elements', tieSheet: 'Connections' });
    expect(shown.counts).toMatchObject({ actorsAdded: 4, actorsUpdated: 0, tiesAdded: 3 });
    expect(shown.sheets.find((s) => s.name === 'Notes (ignore)')?.ignored).toBe(true);

    const result = importFile(store, 'partners.xlsx', kumuWorkbook());
    expect(result.summary.counts.actorsAdded).toBe(4);
    expect(
      store
        .actors()
        .map((a) => a.name)
        .sort(),
    ).toEqual(['Ada Okafor', 'Green Shoots Café', 'Hackney Council', 'Maple Street Food Bank']);
    const food = actorNamed(store, 'Maple Street Food Bank');
    expect(kindName(store, food.kindId)).toBe('Community charity / not-for-profit (CIC)');
    expect(food.tags).toEqual(['food', 'Friday']);
    expect(food.contact.email).toBe('hello@maplefood.org');
    expect(kindName(store, actorNamed(store, 'Ada Okafor').kindId)).toBe('Individual active citizen');
    expect(kindName(store, actorNamed(store, 'Green Shoots Café').kindId)).toBe(
      'Social enterprise or ethical business',
    );
    expect(kindName(store, actorNamed(store, 'Hackney Council').kindId)).toBe('Statutory service');
    const ada = actorNamed(store, 'Ada Okafor');
    expect(store.ties().filter((t) => t.fromId === ada.id)).toHaveLength(2);
    const funding = store.ties().find((t) => t.fromId === actorNamed(store, 'Hackney Council').id)!;
    expect(funding.direction).toBe('mutual');
    expect(store.tieTypes().find((t) => t.id === funding.tieTypeId)?.name).toBe('Funding');
  });

  it('uses an ID first column as identity: ties may name IDs, and the ID is kept for the next import', () => {
    const store = newMap();
    const bytes = workbookBytes({
      Elements: [
        ['ID', 'Label', 'Type'],
        ['k1', 'Ada', 'Person'],
        ['k2', 'Bea', 'Person'],
      ],
      Connections: [
        ['From', 'To'],
        ['k1', 'k2'],
      ],
    });
    importFile(store, 'kumu.xlsx', bytes);
    const renamed = workbookBytes({
      Elements: [
        ['ID', 'Label', 'Type'],
        ['k1', 'Ada Okafor', 'Person'],
        ['k2', 'Bea', 'Person'],
      ],
      Connections: [
        ['From', 'To'],
        ['k1', 'k2'],
      ],
    });
    const second = importFile(store, 'kumu.xlsx', renamed);
    expect(second.summary.counts).toMatchObject({ actorsAdded: 0, actorsUpdated: 1, tiesAdded: 0 });
    expect(
      store
        .actors()
        .map((a) => a.name)
        .sort(),
    ).toEqual(['Ada Okafor', 'Bea']);
    expect(store.ties()).toHaveLength(1);
  });
});

describe('other tools’ layouts', () => {
  it('PRSM: Factors and Links, with x and y kept', () => {
    const store = newMap();
    const bytes = workbookBytes({
      Factors: [
        ['Label', 'Note', 'Style', 'x', 'y'],
        ['Lunch club', 'Tuesdays', 1, 100, 200],
        ['Library', '', 2, -50, 80],
      ],
      Links: [
        ['From', 'To', 'Label'],
        ['Lunch club', 'Library', 'shares room'],
      ],
    });
    expect(preview(store, 'prsm.xlsx', bytes).layout).toBe('prsm');
    importFile(store, 'prsm.xlsx', bytes);
    expect(actorNamed(store, 'Lunch club')).toMatchObject({ x: 100, y: 200, notes: 'Tuesdays' });
    expect(store.ties()[0]!.notes).toBe('shares room');
  });

  it('Gephi: Id/Label nodes, Source/Target edges whose Type is a direction and whose Weight is a strength', () => {
    const store = newMap();
    const bytes = workbookBytes({
      Nodes: [
        ['Id', 'Label'],
        ['n1', 'Ada'],
        ['n2', 'Bea'],
        ['n3', 'Cy'],
      ],
      Edges: [
        ['Source', 'Target', 'Type', 'Weight'],
        ['n1', 'n2', 'Undirected', 1],
        ['n2', 'n3', 'Directed', 5],
      ],
    });
    const shown = preview(store, 'gephi.xlsx', bytes);
    expect(shown.layout).toBe('gephi');
    expect(shown.choices.tieColumns).toEqual(['from', 'to', 'direction', 'strength']);
    importFile(store, 'gephi.xlsx', bytes);
    const ties = store.ties().map((t) => [t.direction, t.strength, t.tieTypeId]);
    expect(ties).toEqual(
      expect.arrayContaining([
        ['none', 'weak', null],
        ['one-way', 'strong', null],
      ]),
    );
  });

  it('a Gephi edges CSV on its own: every end becomes an actor, in a block by kind, not stacked', () => {
    const store = newMap();
    const shown = preview(
      store,
      'edges.csv',
      utf8('Source,Target,Type,Weight\nAda,Bea,Directed,1\nBea,Cy,Directed,2\n'),
    );
    expect(shown.choices).toMatchObject({ actorSheet: null, tieSheet: 'edges', unknownActors: 'create' });
    importFile(store, 'edges.csv', utf8('Source,Target,Type,Weight\nAda,Bea,Directed,1\nBea,Cy,Directed,2\n'));
    expect(
      store
        .actors()
        .map((a) => a.name)
        .sort(),
    ).toEqual(['Ada', 'Bea', 'Cy']);
    expect(new Set(store.actors().map((a) => `${a.x},${a.y}`)).size).toBe(3);
    expect(store.ties()).toHaveLength(2);
  });

  it('Onodo: Nodes and Relations found by name, Directed as a direction', () => {
    const store = newMap();
    const bytes = workbookBytes({
      Nodes: [
        ['Name', 'Type', 'Description', 'Visible'],
        ['Ada', 'Person', 'Volunteer', 'TRUE'],
        ['Hub', 'Community hub', '', 'TRUE'],
      ],
      Relations: [
        ['Source', 'Target', 'Type', 'Directed'],
        ['Ada', 'Hub', 'Volunteering', 'false'],
      ],
    });
    expect(preview(store, 'onodo.xlsx', bytes).layout).toBe('onodo');
    importFile(store, 'onodo.xlsx', bytes);
    expect(store.ties()[0]).toMatchObject({ direction: 'none' });
    expect(kindName(store, actorNamed(store, 'Hub').kindId)).toBe('Community hub or voluntary organisation');
  });

  it('Caremap’s own Actors and Ties sheets: every field by its own header name', () => {
    const store = newMap();
    const bytes = workbookBytes({
      Actors: [
        [
          'Name',
          'Kind',
          'Description',
          'Care offers',
          'Care modes',
          'Role',
          'Area or address',
          'Tags',
          'Website',
          'Email',
          'Phone',
          'Other contact',
          'Consent',
          'Consent date',
          'Notes',
          'X',
          'Y',
          'Languages',
        ],
        [
          'Ada Okafor',
          'Individual active citizen',
          'Cooks',
          'Shared meals|Befriending',
          'caring for|caring about',
          'participant',
          'Clapton',
          'cook|elder',
          'ada.example.org',
          'ada@example.org',
          '0207 000',
          '@ada',
          'given',
          '14/03/2025',
          'Met at the fair',
          10,
          20,
          'Yoruba',
        ],
        [
          'Maple Hub',
          'Community hub or voluntary organisation',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          300,
          20,
          '',
        ],
      ],
      Ties: [
        ['From', 'To', 'Tie type', 'Direction', 'Strength', 'Status', 'Since', 'Notes'],
        ['Ada Okafor', 'Maple Hub', 'Volunteering', 'one-way', 'strong', 'Engaged', '2024-01-31', 'Tuesdays'],
      ],
    });
    expect(preview(store, 'export.xlsx', bytes).layout).toBe('caremap');
    importFile(store, 'export.xlsx', bytes);
    const ada = actorNamed(store, 'Ada Okafor');
    const offers = store.list('careOffers');
    expect(ada.careOfferIds.map((id) => offers.find((o) => o.id === id)?.name)).toEqual([
      'Shared meals',
      'Befriending',
    ]);
    expect(ada).toMatchObject({
      description: 'Cooks',
      careModes: ['caring-for', 'caring-about'],
      role: 'participant',
      address: 'Clapton',
      tags: ['cook', 'elder'],
      website: 'ada.example.org',
      contact: { email: 'ada@example.org', phone: '0207 000', other: '@ada' },
      consent: 'given',
      consentDate: '2025-03-14',
      notes: 'Met at the fair',
      x: 10,
      y: 20,
    });
    const languages = store.list('customFields').find((f) => f.name === 'Languages')!;
    expect(ada.customValues[languages.id]).toBe('Yoruba');
    const statuses = store.list('tieStatuses');
    const tie = store.ties()[0]!;
    expect(tie).toMatchObject({ direction: 'one-way', strength: 'strong', since: '2024-01-31', notes: 'Tuesdays' });
    expect(statuses.find((s) => s.id === tie.statusId)?.name).toBe('Engaged');
  });

  it('an odd-shaped contact list: a title above the headers, first and last names, blank rows, odd headers', () => {
    const store = newMap();
    const bytes = workbookBytes({
      'Contacts 2025': [
        ['Partner contacts — spring 2025'],
        [],
        ['Surname', 'First name', 'E-mail', 'Organisation type', 'Tel.', 'Favourite colour'],
        ['Okafor', 'Ada', 'ada@example.org', 'Volunteer', '07700 900123', 'green'],
        [],
        ['  Smith ', 'Jo', 'not-an-email', 'Mutual aid', '', ''],
        [' ', '', 'nobody@example.org', 'Charity', '', ''],
      ],
    });
    const shown = preview(store, 'contacts.xlsx', bytes);
    expect(shown.sheets[0]!.headerRow).toBe(3);
    expect(shown.choices.actorColumns).toEqual(['lastName', 'firstName', 'email', 'kind', 'phone', 'custom']);
    expect(shown.problems).toEqual([
      {
        sheet: 'Contacts 2025',
        row: 6,
        column: 'C (E-mail)',
        message: '“not-an-email” does not look like an email address; it is left out.',
        outcome: 'cleared',
      },
      {
        sheet: 'Contacts 2025',
        row: 7,
        column: 'A (Surname)',
        message: 'This row has no name, so it is not imported.',
        outcome: 'skipped',
      },
    ]);
    importFile(store, 'contacts.xlsx', bytes);
    expect(actorNamed(store, 'Ada Okafor')).toMatchObject({
      contact: { email: 'ada@example.org', phone: '07700 900123', other: '' },
    });
    expect(kindName(store, actorNamed(store, 'Jo Smith').kindId)).toBe('Grassroots or mutual aid group');
    expect(store.list('customFields').map((f) => f.name)).toEqual(['Favourite colour']);
  });
});
