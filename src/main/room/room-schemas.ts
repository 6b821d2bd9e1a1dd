// Checks what a joined device sends to the room's operations: the device is outside the laptop, so nothing is trusted.
import { z } from 'zod';
import type { RoomOperation } from '../../shared/room';
import { coordinate, tidy } from '../../shared/api-fields';

const id = z.string().min(1).max(100);
const empty = z.object({}).strict().optional();

/** A name typed on a phone: shorter than the app's own limit, since a workshop's names are short. */
export const roomName = (what: string, longest: number) =>
  z
    .string()
    .max(longest, `${what} can be at most ${longest} characters.`)
    .transform(tidy)
    .pipe(z.string().min(1, `${what} cannot be empty.`));

export const roomSchemas = {
  'room.hello': empty,
  'room.map': empty,
  'room.addActor': z
    .object({
      name: roomName('A name', 80),
      kindId: id,
      x: coordinate.optional(),
      y: coordinate.optional(),
    })
    .strict(),
  'room.addTie': z.object({ fromId: id, toId: id, tieTypeId: id.nullable().optional() }).strict(),
  'room.addOffer': z.object({ actorId: id, offer: roomName('What an actor offers', 60) }).strict(),
  'room.undoMine': empty,
} satisfies Record<RoomOperation, z.ZodType>;

export type RoomInput<K extends RoomOperation> = z.output<(typeof roomSchemas)[K]>;

/** The join form: the code on the screen and the name the facilitator will see. */
export const joinSchema = z.object({ code: z.string().max(40), name: roomName('Your name', 40) }).strict();
