// Committing an import: problems reported with sheet, row and column; duplicates merged; ties to unknown actors
// skipped or created; re-import updates rather than duplicates; one transaction and one undo step; provenance kept.
import { describe, expect, it, vi } from 'vitest';
import { redo, undo } from '../../../src/main/commands';
import { todayIsoDate } from '../../../src/shared/dates';
import { snapshot } from '../commands/run-operation';
import { newMap } from '../store/temp-maps';
import { actorNamed, importFile, kindName, kumuWorkbook, preview, utf8, workbookBytes } from './import-helpers';
import { countActorOverlaps, countNameOverlaps, layoutQuality } from '../../../src/shared/layout/layout-metrics';
import { careNetwork } from '../../support/care-network';

const tiesFile = (rows: string[][]) =>
  workbookBytes({
    Elements: [
      ['Label', 'Type'],
      ['Ada', 'Person'],
      ['Bea', 'Person'],
    ],
    Connections: [['From', 'To', 'Type'], ...rows],
  });

describe('problems and what happens to them', () => {
  it('ties naming unknown actors are skipped by default, or create those actors when chosen', () => {
    const bytes = tiesFile([
      ['Ada', 'Bea', ''],
      ['Ada', 'Zed Unknown', 'Referral'],
      ['Zed Unknown', 'Bea', ''],
    ]);
    const store = newMap();
    const shown = preview(store, 'ties.xlsx', bytes);
    expect(shown.choices.unknownActors).toBe('skip');
    expect(shown.counts).toMatchObject({ actorsAdded: 2, tiesAdded: 1 });
    expect(shown.problems).toEqual([
      {
        sheet: 'Connections',
        row: 3,
        column: 'B (To)',
        message:
          '“Zed Unknown” is not an actor in the file or the map, so this tie is not imported (or choose to create the actors ties name).',
        outcome: 'skipped',
      },
      {
        sheet: 'Connections',
        row: 4,
        column: 'A (From)',
        message:
          '“Zed Unknown” is not an actor in the file or the map, so this tie is not imported (or choose to create the actors ties name).',
        outcome: 'skipped',
      },
    ]);
    const created = importFile(store, 'ties.xlsx', bytes, { unknownActors: 'create' });
    expect(created.summary.counts).toMatchObject({ actorsAdded: 3, tiesAdded: 3 });
    expect(created.summary.problems.map((p) => [p.row, p.outcome])).toEqual([[3, 'created']]);
    expect(store.actors().filter((a) => a.name === 'Zed Unknown')).toHaveLength(1);
  });

  it('reports a tie to itself, a tie given twice, a reciprocal pair made mutual and blank tie ends, with sheet, row and column', () => {
    const store = newMap();
    const rows = [
      ['Ada', 'Bea', 'Referral'],
      ['ada', ' Ada ', ''],
      ['Bea', 'Ada', 'referrals'],
      ['', 'Bea', ''],
      ['Ada', '', ''],
      ['Ada', 'Bea', 'referral'],
    ];
    // By default A→B and B→A are two ties; only the same direction again is given twice.
    const twoTies = preview(store, 'ties.xlsx', tiesFile(rows));
    expect(twoTies.choices.reciprocal).toBe('two-ties');
    expect(twoTies.counts.tiesAdded).toBe(2);
    expect(twoTies.problems.map((p) => [p.row, p.outcome])).toEqual([
      [5, 'skipped'],
      [6, 'skipped'],
      [3, 'skipped'],
      [7, 'merged'],
    ]);
    const shown = preview(store, 'ties.xlsx', tiesFile(rows), { reciprocal: 'mutual' });
    expect(shown.counts.tiesAdded).toBe(1);
    expect(shown.problems.map((p) => [p.row, p.column, p.outcome, p.message])).toEqual([
      [5, 'A (From)', 'skipped', 'This tie does not say who it is from, so it is not imported.'],
      [6, 'B (To)', 'skipped', 'This tie does not say who it is to, so it is not imported.'],
      [3, 'B (To)', 'skipped', 'This tie goes from “ada” to itself, so it is not imported.'],
      [
        4,
        '',
        'merged',
        'This tie from “Bea” to “Ada” and the one back in row 2 are imported as one two-way (mutual) tie.',
      ],
      [
        7,
        '',
        'merged',
        'This tie between “Ada” and “Bea” is given twice (first in row 2); only the first is imported.',
      ],
    ]);
  });

  it('merges the same actor written twice with different spacing and case, keeping the first spelling', () => {
    const store = newMap();
    const bytes = workbookBytes({
      S: [
        ['Name', 'Tags', 'Phone'],
        ['Maple  Street Hub', 'food', ''],
        [' maple street hub ', 'rent', '0207'],
        ['MAPLE STREET HUB', '', ''],
      ],
    });
    const result = importFile(store, 'dupes.xlsx', bytes);
    expect(result.summary.counts.actorsAdded).toBe(1);
    expect(result.summary.problems.map((p) => [p.row, p.column, p.outcome])).toEqual([
      [3, 'A (Name)', 'merged'],
      [4, 'A (Name)', 'merged'],
    ]);
    expect(store.actors()).toMatchObject([
      { name: 'Maple Street Hub', tags: ['food', 'rent'], contact: { phone: '0207' } },
    ]);
  });
});

describe('kinds', () => {
  it('matches type values whatever their case, spacing, punctuation or plural, and lets the facilitator choose another', () => {
    const store = newMap();
    const bytes = workbookBytes({
      S: [
        ['Name', 'Sector'],
        ['A', 'social enterprises'],
        ['B', 'Social-Enterprise'],
        ['C', 'Charity/CIC'],
        ['D', 'Faith group'],
        ['E', ''],
      ],
    });
    const shown = preview(store, 'kinds.xlsx', bytes);
    const byValue = Object.fromEntries(
      shown.kindValues.map((v) => [v.value, [v.count, v.matchedKindId && kindName(store, v.matchedKindId)]]),
    );
    expect(byValue).toEqual({
      'social enterprises': [2, 'Social enterprise or ethical business'],
      'Charity/CIC': [1, 'Community charity / not-for-profit (CIC)'],
      'Faith group': [1, null],
      '': [1, null],
    });
    expect(shown.choices.kinds['faith group']).toEqual({ newKind: 'Faith group' });
    expect(shown.counts.newKinds).toBe(1);
    const hub = store.kinds().find((k) => k.name.startsWith('Community hub'))!;
    importFile(store, 'kinds.xlsx', bytes, { kinds: { 'faith group': { kindId: hub.id } } });
    expect(kindName(store, actorNamed(store, 'D').kindId)).toBe(hub.name);
    expect(store.kinds()).toHaveLength(6);
  });
});

describe('re-import, provenance and placement', () => {
  it('records the file, sheet, row and date on every imported actor and tie', () => {
    const store = newMap();
    importFile(store, 'partners.xlsx', kumuWorkbook());
    const today = todayIsoDate();
    expect(actorNamed(store, 'Ada Okafor').provenance).toEqual({
      source: 'import',
      label: 'partners.xlsx',
      sheet: 'Elements',
      row: 3,
      recordedOn: today,
      certainty: 'reported',
    });
    expect(
      store
        .ties()
        .map((t) => [t.provenance.sheet, t.provenance.row, t.provenance.label])
        .sort(),
    ).toEqual([
      ['Connections', 2, 'partners.xlsx'],
      ['Connections', 2, 'partners.xlsx'],
      ['Connections', 3, 'partners.xlsx'],
    ]);
  });

  it('re-importing an updated file updates what it imported before instead of duplicating it', () => {
    const store = newMap();
    importFile(store, 'partners.csv', utf8('Name,Phone\nAda Okafor,0207\nBea Lee,\n'));
    const ada = actorNamed(store, 'Ada Okafor');
    const second = importFile(store, 'partners.csv', utf8('Name,Phone\n ada  okafor ,0208\nBea Lee,\nCy Park,\n'));
    expect(second.summary.counts).toMatchObject({ actorsAdded: 1, actorsUpdated: 1 });
    expect(store.actors()).toHaveLength(3);
    expect(actorNamed(store, 'Ada Okafor')).toMatchObject({
      id: ada.id,
      x: ada.x,
      y: ada.y,
      contact: { phone: '0208' },
    });
    // The same file again changes nothing and records no undo step.
    const third = importFile(store, 'partners.csv', utf8('Name,Phone\n ada  okafor ,0208\nBea Lee,\nCy Park,\n'));
    expect(third.summary.counts).toMatchObject({ actorsAdded: 0, actorsUpdated: 0, tiesAdded: 0, tiesUpdated: 0 });
    expect(third.history.undoLabel).toBe('Import “partners.csv”');
    undo(store);
    expect(actorNamed(store, 'Ada Okafor').contact.phone).toBe('0207');
  });

  it('places new actors near the actors they tie to, or in blocks by kind, never two on one spot', () => {
    const store = newMap();
    importFile(store, 'first.csv', utf8('Name,X,Y\nHub,1000,1000\n'));
    const rows = [
      'Name,Type',
      ...Array.from({ length: 40 }, (_, i) => `Person ${i},${i % 2 ? 'Person' : 'Council'}`),
      'Friend of hub,Person',
    ];
    const ties = workbookBytes({
      Elements: rows.map((r) => r.split(',')),
      Connections: [
        ['From', 'To'],
        ['Friend of hub', 'Hub'],
      ],
    });
    importFile(store, 'second.xlsx', ties);
    const spots = store.actors().map((a) => `${a.x},${a.y}`);
    expect(new Set(spots).size).toBe(spots.length);
    const friend = actorNamed(store, 'Friend of hub');
    expect(Math.hypot(friend.x - 1000, friend.y - 1000)).toBeLessThan(400);
    expect(actorNamed(store, 'Hub')).toMatchObject({ x: 1000, y: 1000 });
    expect(countActorOverlaps(store.actors())).toBe(0);
    expect(countNameOverlaps(store.actors())).toBe(0);
  });

  it('lays out an imported network (no positions in the file) as a readable map, not a strip, beside what is there', () => {
    const store = newMap();
    importFile(store, 'first.csv', utf8('Name,X,Y\nAlready here,0,0\nAnd here,300,0\n'));
    const { actors, ties } = careNetwork(45, 11);
    const name = new Map(actors.map((a) => [a.id, a.name!]));
    importFile(
      store,
      'partner.xlsx',
      workbookBytes({
        Elements: [['Label', 'Type'], ...actors.map((a) => [a.name!, a.kindId])],
        Connections: [['From', 'To'], ...ties.map((t) => [name.get(t.fromId)!, name.get(t.toId)!])],
      }),
    );
    const all = store.actors();
    // (Generated names can repeat; the importer merges those.)
    expect(all.length).toBeGreaterThan(40);
    expect(actorNamed(store, 'Already here')).toMatchObject({ x: 0, y: 0 });
    expect(countActorOverlaps(all)).toBe(0);
    expect(countNameOverlaps(all)).toBe(0);
    const imported = all.filter((a) => !['Already here', 'And here'].includes(a.name));
    const q = layoutQuality(imported, store.ties());
    // Shaped for a screen (a strip would be 5:1 or more), and ties short enough to follow.
    expect(q.aspect).toBeGreaterThan(0.7);
    expect(q.aspect).toBeLessThan(2.6);
    expect(q.crossings).toBeLessThan(store.ties().length / 4);
  });
});

describe('one transaction, one undo step', () => {
  it('undo takes the whole import back (actors, ties, new kinds and fields) and redo brings it again', () => {
    const store = newMap();
    const before = snapshot(store);
    const result = importFile(
      store,
      'partners.xlsx',
      workbookBytes({
        E: [
          ['Label', 'Type', 'Languages'],
          ['Ada', 'Faith group', 'Yoruba'],
          ['Bea', 'Person', ''],
        ],
        C: [
          ['From', 'To'],
          ['Ada', 'Bea'],
        ],
      }),
    );
    expect(result.history.undoLabel).toBe('Import “partners.xlsx”');
    expect(result.changes.taxonomy?.kinds.map((k) => k.name)).toContain('Faith group');
    const after = snapshot(store);
    undo(store);
    const { history: _h1, ...undone } = snapshot(store);
    const { history: _h2, ...original } = before;
    expect(undone).toEqual(original);
    redo(store);
    expect(snapshot(store).actors).toEqual(after.actors);
    expect(snapshot(store).ties).toEqual(after.ties);
  });

  it('a commit that fails while writing leaves the map and its history exactly as they were', () => {
    const store = newMap();
    importFile(store, 'first.csv', utf8('Name\nAda\n'));
    const before = snapshot(store);
    const spy = vi.spyOn(store.history, 'record').mockImplementation(() => {
      throw new Error('disk full');
    });
    expect(() => importFile(store, 'partners.xlsx', kumuWorkbook())).toThrow('disk full');
    spy.mockRestore();
    expect(snapshot(store)).toEqual(before);
  });
});

describe('through the API handlers', () => {
  it('plans again when the map changed after the preview, and forgets a committed file', async () => {
    const { createBackend } = await import('../../../src/main/api/create-backend');
    const { tempDir } = await import('../store/temp-maps');
    const dir = tempDir();
    const backend = createBackend({ mode: 'browser', version: 'test', dataDir: dir, mapsFolder: dir });
    try {
      backend.openInitialMap(`${dir}/m.caremap`);
      const h = backend.handlers;
      const read = await h['import.read']({
        fileName: 'p.csv',
        base64: Buffer.from('Name,Type\nAda,Person\nBea,Person\n').toString('base64'),
      });
      const shown = await h['import.preview']({
        importId: read.importId,
        choices: { ...read.choices, unknownActors: 'create' },
      });
      // Someone adds "Bea" by hand between preview and commit: the commit must match her, not add a second Bea.
      const kindId = (await h['map.current']({}))!.kinds[0]!.id;
      await h['actors.create']({ name: 'Bea', kindId, x: 0, y: 0 });
      const result = await h['import.commit']({ importId: read.importId, choices: shown.choices });
      expect(result.summary.counts).toMatchObject({ actorsAdded: 1, actorsUpdated: 1 });
      expect((await h['map.current']({}))!.canvas.names.sort()).toEqual(['Ada', 'Bea']);

      const again = await h['import.read']({ fileName: 'q.csv', base64: Buffer.from('Name\nCy\n').toString('base64') });
      const committed = await h['import.commit']({ importId: again.importId, choices: again.choices });
      expect(committed.summary.counts.actorsAdded).toBe(1);
      expect((await h['map.current']({}))!.canvas.names.sort()).toEqual(['Ada', 'Bea', 'Cy']);
      // A committed file is forgotten: committing it twice by mistake cannot import it twice.
      await expect(async () =>
        h['import.commit']({ importId: again.importId, choices: again.choices }),
      ).rejects.toThrow('The file to import is no longer open. Choose it again.');
    } finally {
      backend.close();
    }
  });
});
