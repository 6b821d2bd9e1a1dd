// Tells every actor node whether the map is zoomed out. One subscription in MapCanvas feeds all nodes through
// context, so a pan frame runs no per-node selector and only crossing the threshold re-renders them.
import { createContext } from 'react';

export const FarContext = createContext(false);
