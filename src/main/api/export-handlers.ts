// Handlers for exporting: the open map's data in a partner's format, built where the data lives.
import type { Handlers } from '../../shared/api';
import { buildExport } from '../../shared/export/build-export';
import type { MapSession } from './map-session';

export function exportHandlers(session: MapSession): Pick<Handlers, 'export.data'> {
  return {
    'export.data': ({ format, anonymise }) => {
      const files = buildExport(session.require().document(), format, { anonymise });
      return {
        files: files.map((f) => ({ name: f.name, mime: f.mime, base64: Buffer.from(f.bytes).toString('base64') })),
      };
    },
  };
}
