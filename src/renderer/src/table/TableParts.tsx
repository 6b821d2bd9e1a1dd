// Small pieces both tabs share: the count of rows shown and selected, and the select-all check box.
interface TableCountProps {
  shown: number;
  total: number;
  word: string;
  selected: number;
}

const plural = (n: number, word: string) => `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;

export function TableCount({ shown, total, word, selected }: TableCountProps) {
  const rows = shown === total ? plural(total, word) : `${shown.toLocaleString()} of ${plural(total, word)}`;
  return (
    <p className="table-panel__count" aria-live="polite">
      {rows}
      {selected > 0 && `, ${selected.toLocaleString()} selected`}
    </p>
  );
}

interface SelectAllBoxProps {
  ids: readonly string[];
  selected: number;
  word: string;
  onSelect(ids: Iterable<string>): void;
}

export function SelectAllBox({ ids, selected, word, onSelect }: SelectAllBoxProps) {
  const all = ids.length > 0 && selected === ids.length;
  return (
    <input
      type="checkbox"
      aria-label={`Select all ${ids.length.toLocaleString()} ${word} in the table`}
      checked={all}
      ref={(box) => {
        if (box) box.indeterminate = selected > 0 && !all;
      }}
      onChange={() => onSelect(all ? [] : ids)}
    />
  );
}
