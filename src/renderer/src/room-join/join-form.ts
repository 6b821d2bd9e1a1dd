// The join form's rules: the code from a scanned QR code's address, and what must be filled in before asking the laptop.

/** Longest name accepted; the facilitator's list and provenance show it whole. */
export const NAME_MAX = 60;

/** The code a scanned QR code carries in the address's fragment (#code=…), so joining takes one tap. */
export function codeFromHash(hash: string): string {
  const match = /[#&]code=([^&]*)/.exec(hash);
  if (!match?.[1]) return '';
  try {
    return normaliseCode(decodeURIComponent(match[1]));
  } catch {
    return '';
  }
}

/** People type codes with spaces, dashes and small letters from the projector: the laptop compares them without. */
export function normaliseCode(code: string): string {
  return code.replace(/[\s-]+/g, '').toUpperCase();
}

export interface JoinProblems {
  code?: string;
  name?: string;
}

export function checkJoin(input: { code: string; name: string }): JoinProblems {
  const problems: JoinProblems = {};
  const code = normaliseCode(input.code);
  if (code === '') problems.code = 'Type the code shown on the facilitator’s screen.';
  else if (!/^[A-Z0-9]+$/.test(code)) problems.code = 'The code has only letters and numbers. Check it on the screen.';
  const name = input.name.trim();
  if (name === '') problems.name = 'Type your name, so the facilitator knows who is adding to the map.';
  else if (name.length > NAME_MAX) problems.name = `Use a shorter name (at most ${NAME_MAX} letters).`;
  return problems;
}
