// Words for the Edit menu ("Undo Move 3 actors"), built the same way for every command.

const LONGEST_NAME = 40;

export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** An actor's name in quotes, shortened so the menu stays one line. */
export function quotedName(name: string): string {
  const short = name.length > LONGEST_NAME ? `${name.slice(0, LONGEST_NAME - 1)}…` : name;
  return `“${short}”`;
}

/** "Move “Ada Okafor”" for one actor, "Move 3 actors" for several. */
export function actorsLabel(verb: string, names: readonly string[]): string {
  return names.length === 1 ? `${verb} ${quotedName(names[0]!)}` : `${verb} ${countOf(names.length, 'actor')}`;
}

export function deleteLabel(actorNames: readonly string[], tieCount: number): string {
  if (actorNames.length === 1 && tieCount === 0) return `Delete ${quotedName(actorNames[0]!)}`;
  const parts = [
    ...(actorNames.length > 0 ? [countOf(actorNames.length, 'actor')] : []),
    ...(tieCount > 0 ? [countOf(tieCount, 'tie')] : []),
  ];
  return `Delete ${parts.join(' and ')}`;
}
