// Names for pasted actors that clash with the map's: "Chats & Chai" becomes "Chats & Chai (2)", then "(3)"…

const SUFFIX = /^(.*) \((\d+)\)$/;

const key = (name: string) => name.toLocaleLowerCase();

/**
 * Gives each wanted name back as it is, or with the lowest free " (n)" suffix (n ≥ 2) when the map, or an earlier
 * name in this paste, already has it (capitals ignored, as the importer matches names). A copy of "Lunch Club (2)"
 * becomes "Lunch Club (3)", not "Lunch Club (2) (2)".
 */
export function freeNames(taken: Iterable<string>, wanted: readonly string[]): string[] {
  const used = new Set([...taken].map(key));
  return wanted.map((name) => {
    let result = name;
    if (used.has(key(name))) {
      const match = SUFFIX.exec(name);
      const stem = match ? match[1]! : name;
      let n = match ? Number(match[2]) + 1 : 2;
      while (used.has(key(`${stem} (${n})`))) n += 1;
      result = `${stem} (${n})`;
    }
    used.add(key(result));
    return result;
  });
}
