// The foot of each contribution form: what is wrong (if anything), the big add button and Cancel.
interface Props {
  problem: string | null;
  busy: boolean;
  disabled: boolean;
  submitLabel: string;
  onCancel(): void;
}

export function FormButtons({ problem, busy, disabled, submitLabel, onCancel }: Props) {
  return (
    <>
      {problem && (
        <p className="join-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="room-form__buttons">
        <button type="submit" className="join-button" disabled={busy || disabled}>
          {busy ? 'Adding…' : submitLabel}
        </button>
        <button type="button" className="room-link" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
