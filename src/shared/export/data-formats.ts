// The data formats Caremap exports, free of the writers so the API's schemas (and the renderer) can name them
// without pulling in the spreadsheet library.
export const DATA_FORMATS = ['xlsx', 'csv', 'graphml', 'gexf', 'json'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];
