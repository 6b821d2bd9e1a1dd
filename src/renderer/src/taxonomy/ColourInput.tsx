// A colour picker that saves once the colour is chosen (the picker's "change"), not on every step of dragging in it.
import { useEffect, useRef, useState } from 'react';

interface Props {
  label: string;
  value: string;
  onCommit(colour: string): void;
}

export function ColourInput({ label, value, onCommit }: Props) {
  const ref = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const latest = useRef({ value, onCommit });
  latest.current = { value, onCommit };

  // React's onChange is the DOM's "input" (every drag step); the DOM's "change" fires when the choice is made.
  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    const onChange = () => {
      setDraft(null);
      const { value: saved, onCommit: save } = latest.current;
      if (input.value.toLowerCase() !== saved.toLowerCase()) save(input.value);
    };
    input.addEventListener('change', onChange);
    return () => input.removeEventListener('change', onChange);
  }, []);

  return (
    <input
      ref={ref}
      type="color"
      className="colour-input"
      aria-label={label}
      title={`${label}: ${value}`}
      value={draft ?? value.toLowerCase()}
      onChange={(event) => setDraft(event.target.value)}
    />
  );
}
