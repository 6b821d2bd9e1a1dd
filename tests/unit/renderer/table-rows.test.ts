// The table's pure parts: sorting (blanks last, stable, either way), narrowing by typed words, and row selection.
import { describe, expect, it } from 'vitest';
import { narrowRows, nextSort, sortRows } from '../../../src/renderer/src/table/row-sort';
import { clickMode, nextSelection } from '../../../src/renderer/src/table/table-selection';

const rows = ['Zed', '', 'ada', 'Łucja', 'Bea', 'actor 10', 'actor 9'];
const id = (s: string) => s;

describe('sortRows', () => {
  it('sorts A to Z ignoring case and accents, numbers in number order, blanks last', () => {
    expect(sortRows(rows, id, 'ascending')).toEqual(['actor 9', 'actor 10', 'ada', 'Bea', 'Łucja', 'Zed', '']);
  });
  it('turns around for Z to A and still keeps blanks last', () => {
    expect(sortRows(rows, id, 'descending')).toEqual(['Zed', 'Łucja', 'Bea', 'ada', 'actor 10', 'actor 9', '']);
  });
  it('keeps equal rows in the order they came', () => {
    const people = [
      { n: 'b', k: 'x' },
      { n: 'a', k: 'x' },
      { n: 'c', k: 'w' },
    ];
    expect(sortRows(people, (p) => p.k, 'ascending').map((p) => p.n)).toEqual(['c', 'b', 'a']);
  });
  it('clicking the sorted column reverses it; another column starts A to Z', () => {
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name')).toEqual({ key: 'name', direction: 'descending' });
    expect(nextSort({ key: 'name', direction: 'descending' }, 'kind')).toEqual({ key: 'kind', direction: 'ascending' });
  });
});

describe('narrowRows', () => {
  it('keeps rows containing every typed word, ignoring capitals and accents', () => {
    expect(narrowRows(rows, 'LUC', id)).toEqual(['Łucja']);
    expect(narrowRows(rows, 'actor 1', id)).toEqual(['actor 10']);
    expect(narrowRows(rows, '  ', id)).toBe(rows);
  });
});

describe('row selection', () => {
  const order = ['a', 'b', 'c', 'd'];
  it('a plain click selects only that row', () => {
    expect([...nextSelection(order, new Set(['a', 'b']), 'c', 'a', 'only')]).toEqual(['c']);
  });
  it('Ctrl/Cmd-click or a check box adds or removes one row', () => {
    expect([...nextSelection(order, new Set(['a']), 'c', 'a', 'toggle')]).toEqual(['a', 'c']);
    expect([...nextSelection(order, new Set(['a', 'c']), 'a', 'c', 'toggle')]).toEqual(['c']);
  });
  it('Shift-click selects every row between the last one clicked and this one, either way', () => {
    expect([...nextSelection(order, new Set(['d']), 'b', 'd', 'range')]).toEqual(['b', 'c', 'd']);
    expect([...nextSelection(order, new Set(), 'c', null, 'range')]).toEqual(['c']);
  });
  it('reads the modifier keys', () => {
    expect(clickMode({ shiftKey: true, ctrlKey: false, metaKey: false })).toBe('range');
    expect(clickMode({ shiftKey: false, ctrlKey: false, metaKey: true })).toBe('toggle');
    expect(clickMode({ shiftKey: false, ctrlKey: false, metaKey: false })).toBe('only');
  });
});
