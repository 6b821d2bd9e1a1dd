// Custom fields: add (choices only for a choice field), rename, change type or choices (values carried or refused),
// delete (values go with it), undo of each.
import { describe, expect, it } from 'vitest';
import type { Actor, CustomField } from '../../../src/shared/domain';
import { undo } from '../../../src/main/commands';
import type { MapStore } from '../../../src/main/store';
import { firstKind, newMap } from '../store/temp-maps';
import { expectUndoable, refusal, run } from './run-operation';

function addActor(store: MapStore, name: string): Actor {
  return run(store, 'actors.create', { name, kindId: firstKind(store), x: 0, y: 0 }).changes.actorsPut[0]!;
}

function addField(store: MapStore, name: string, type: CustomField['type'], options?: string[]): CustomField {
  return run(
    store,
    'customFields.create',
    options ? { name, type, options } : { name, type },
  ).changes.taxonomy!.customFields.find((f) => f.name === name)!;
}

function setValue(store: MapStore, actor: Actor, field: CustomField, value: string | number | boolean): void {
  run(store, 'actors.update', { ids: [actor.id], patch: { customValues: { [field.id]: value } } });
}

const values = (store: MapStore, field: CustomField) => store.actors().map((a) => a.customValues[field.id]);

describe('customFields.create', () => {
  it('adds fields of each type, a choice field with its choices', () => {
    const store = newMap();
    expectUndoable(store, () => {
      const result = run(store, 'customFields.create', {
        name: ' Meets ',
        type: 'choice',
        options: [' Weekly', 'Monthly '],
      });
      expect(result.history.undoLabel).toBe('Add field “Meets”');
      expect(result.changes.taxonomy!.customFields).toEqual([
        {
          id: expect.any(String),
          name: 'Meets',
          type: 'choice',
          options: ['Weekly', 'Monthly'],
          sortOrder: 0,
          safe: false,
          appliesTo: 'actor',
        },
      ]);
    });
    for (const type of ['text', 'number', 'boolean', 'date'] as const) addField(store, `A ${type} field`, type);
    expect(store.list('customFields').map((f) => [f.type, f.sortOrder])).toEqual([
      ['choice', 0],
      ['text', 1],
      ['number', 2],
      ['boolean', 3],
      ['date', 4],
    ]);
  });

  it('refuses choices on other types, a choice field without choices, repeated choices and taken names', () => {
    const store = newMap();
    addField(store, 'Budget', 'number');
    expect(refusal(store, 'customFields.create', { name: 'X', type: 'number', options: ['a'] }).message).toBe(
      'Only a choice field has choices; leave them out for this type.',
    );
    expect(refusal(store, 'customFields.create', { name: 'X', type: 'choice' }).message).toBe(
      'A choice field needs at least one choice.',
    );
    expect(
      refusal(store, 'customFields.create', { name: 'X', type: 'choice', options: ['Weekly', 'weekly'] }).message,
    ).toBe('“weekly” is listed twice among the choices.');
    expect(refusal(store, 'customFields.create', { name: 'BUDGET', type: 'text' }).message).toBe(
      'There is already a field called “Budget”. Choose another name.',
    );
    expect(refusal(store, 'customFields.create', { name: 'X', type: 'colour' }).code).toBe('invalid-input');
  });
});

describe('customFields.update', () => {
  it('renames a field without touching values', () => {
    const store = newMap();
    const ada = addActor(store, 'Ada');
    const budget = addField(store, 'Budget', 'number');
    setValue(store, ada, budget, 100);
    const result = run(store, 'customFields.update', { id: budget.id, name: 'Yearly budget' });
    expect(result.history.undoLabel).toBe('Rename field “Budget” to “Yearly budget”');
    expect(result.changes.actorsPut).toEqual([]);
    expect(values(store, budget)).toEqual([100]);
  });

  it('renames and removes choices: renamed values follow, values of a removed choice are cleared, undo restores them', () => {
    const store = newMap();
    const [a, b, c] = ['A', 'B', 'C'].map((n) => addActor(store, n)) as [Actor, Actor, Actor];
    const meets = addField(store, 'Meets', 'choice', ['Weekly', 'Monthly', 'Yearly']);
    setValue(store, a, meets, 'Weekly');
    setValue(store, b, meets, 'Monthly');
    setValue(store, c, meets, 'Yearly');
    expectUndoable(store, () => {
      run(store, 'customFields.update', {
        id: meets.id,
        options: ['Every week', 'Monthly', 'Fortnightly'],
        renamedOptions: { weekly: 'every week' },
      });
    });
    expect(store.list('customFields')[0]!.options).toEqual(['Every week', 'Monthly', 'Fortnightly']);
    expect(values(store, meets)).toEqual(['Every week', 'Monthly', undefined]);
    expect(refusal(store, 'customFields.update', { id: meets.id, renamedOptions: { Monthly: 'Daily' } }).message).toBe(
      '“Daily” is not one of the field’s choices, so no choice can be renamed to it.',
    );
  });

  it('changes a type when every value converts, and refuses (naming an actor) when one does not', () => {
    const store = newMap();
    const [a, b] = [addActor(store, 'Ada'), addActor(store, 'Maple')];
    const size = addField(store, 'Size', 'text');
    setValue(store, a, size, '12');
    setValue(store, b, size, 'lots');
    expect(refusal(store, 'customFields.update', { id: size.id, type: 'number' })).toMatchObject({
      code: 'invalid-input',
      message:
        '“Size” is a number field; “lots” is not a number. That is the value of “Maple”; change or clear it first.',
    });
    setValue(store, b, size, '40');
    expectUndoable(store, () => run(store, 'customFields.update', { id: size.id, type: 'number' }));
    expect(values(store, size)).toEqual([12, 40]);
    // And back to text, and to a choice field whose choices match the values.
    run(store, 'customFields.update', { id: size.id, type: 'text' });
    expect(values(store, size)).toEqual(['12', '40']);
    run(store, 'customFields.update', { id: size.id, type: 'choice', options: ['12', '40', '100'] });
    expect(values(store, size)).toEqual(['12', '40']);
    expect(refusal(store, 'customFields.update', { id: size.id, type: 'boolean', options: ['x'] }).code).toBe(
      'invalid-input',
    );
  });
});

describe('customFields.delete', () => {
  it('removes the field and every actor’s value of it; undo gives each value back', () => {
    const store = newMap();
    const [a, b] = [addActor(store, 'Ada'), addActor(store, 'Maple')];
    const kitchen = addField(store, 'Has a kitchen', 'boolean');
    const budget = addField(store, 'Budget', 'number');
    setValue(store, a, kitchen, true);
    setValue(store, a, budget, 5);
    setValue(store, b, kitchen, 'no');
    expectUndoable(store, () => {
      const result = run(store, 'customFields.delete', { id: kitchen.id });
      expect(result.history.undoLabel).toBe('Delete field “Has a kitchen”');
      expect(result.changes.actorsPut.map((x) => x.customValues)).toEqual([{ [budget.id]: 5 }, {}]);
    });
    expect(store.list('customFields').map((f) => f.name)).toEqual(['Budget']);
    undo(store);
    expect(store.actors().map((x) => x.customValues)).toEqual([
      { [kitchen.id]: true, [budget.id]: 5 },
      { [kitchen.id]: false },
    ]);
  });
});
