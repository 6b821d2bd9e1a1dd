// `caremap info MAP.caremap [--json]`: how many actors of each kind a map holds, and how many ties.
import { readMapDocument } from '../read-map';
import { parseFileCommand, printFailure, type CliCommand } from '../cli-io';

const USAGE = 'caremap info MAP.caremap [--json]';

export const infoCommand: CliCommand = {
  usage: USAGE,
  run(args, io) {
    const parsed = parseFileCommand(args, { json: { type: 'boolean' } }, USAGE, io);
    if (!parsed) return 2;
    const file = parsed.file;
    try {
      const doc = readMapDocument(file);
      const counts = new Map<string, number>();
      for (const actor of doc.actors) counts.set(actor.kindId, (counts.get(actor.kindId) ?? 0) + 1);
      const kinds = doc.kinds.map((k) => ({ kind: k.name, actors: counts.get(k.id) ?? 0 }));
      const info = { map: doc.info.name, actors: doc.actors.length, ties: doc.ties.length, kinds };
      if (parsed.values.json) io.out(JSON.stringify(info, null, 2));
      else
        io.out(
          [
            `${info.map}: ${info.actors} actors, ${info.ties} ties`,
            ...kinds.map((k) => `  ${k.kind}: ${k.actors}`),
          ].join('\n'),
        );
      return 0;
    } catch (error) {
      return printFailure(io, error);
    }
  },
};
