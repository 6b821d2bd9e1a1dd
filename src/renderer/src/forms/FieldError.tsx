// A refusal shown under the field it concerns, read out as soon as it appears.
export function FieldError({ id, message }: { id: string; message: string | null }) {
  if (!message) return null;
  return (
    <p id={id} className="field__error" role="alert">
      {message}
    </p>
  );
}

/** aria-describedby for a control with optional help and error texts. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const given = ids.filter(Boolean);
  return given.length > 0 ? given.join(' ') : undefined;
}
