// The facts that make a file a Caremap map: SQLite's header and our application id.

/** Every SQLite 3 database starts with these 16 bytes. */
export const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Written to PRAGMA application_id so Caremap (and `file(1)`) can recognise its maps: "CrMp" in ASCII. */
export const CAREMAP_APPLICATION_ID = 0x43724d70;

/** Where SQLite keeps application_id in the header (big-endian, 4 bytes). */
export const APPLICATION_ID_OFFSET = 68;

/** Header bytes we read before letting SQLite near a file. */
export const HEADER_LENGTH = 100;

export const MAP_FILE_EXTENSION = '.caremap';
