import { createReadStream, statSync } from 'node:fs';
import type { AppContext } from '../context.js';
import type { App } from './app-type.js';
import { parseByteRange } from './byte-range.js';
import { notFound, ProblemError } from './problem.js';

/** Where the web application reads the configured detail basemap. */
export const DETAIL_BASEMAP_PATH = '/api/v1/basemap/detail.pmtiles';

/**
 * `GET`/`HEAD /api/v1/basemap/detail.pmtiles`: the PMTiles archive named by BASEMAP_PMTILES,
 * with byte ranges, since a PMTiles reader fetches its header, directories and tiles as
 * ranges of one file. Signed-in users only, like every other map layer. Without the setting
 * the route answers 404 and the map stays on the Natural Earth outlines.
 */
export function basemapRoutes(app: App, ctx: AppContext): void {
  const file = ctx.config.basemapPmtiles;
  if (file !== undefined) {
    // A wrong path is a deployment error: say so at start, not on the first map view.
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch (error) {
      throw new Error(
        `BASEMAP_PMTILES=${file} cannot be served: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
  }
  app.route({
    method: ['GET', 'HEAD'],
    url: DETAIL_BASEMAP_PATH,
    schema: {
      tags: ['platform'],
      summary: 'The configured detail basemap (PMTiles), by byte range',
      description: 'Answers 206 with Content-Range for a single `Range: bytes=…`, 200 without one.',
    },
    handler: async (req, reply) => {
      if (file === undefined) throw notFound('A detail basemap (BASEMAP_PMTILES)');
      // Read per request: the file may be replaced by a newer extract while the server runs.
      const stat = statSync(file);
      const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
      reply
        .header('accept-ranges', 'bytes')
        .header('etag', etag)
        .header('cache-control', 'private, max-age=3600')
        .type('application/vnd.pmtiles');
      if (req.headers['if-none-match'] === etag) return reply.code(304).send();
      const ifRange = req.headers['if-range'];
      const range =
        ifRange === undefined || ifRange === etag ? parseByteRange(req.headers.range, stat.size) : undefined;
      if (range === 'unsatisfiable') {
        reply.header('content-range', `bytes */${stat.size}`);
        throw new ProblemError(
          416,
          `The basemap has ${stat.size} bytes; the requested range is outside it.`,
          {
            type: '/problems/range-not-satisfiable',
          },
        );
      }
      const { start, end } = range ?? { start: 0, end: stat.size - 1 };
      if (range) reply.code(206).header('content-range', `bytes ${start}-${end}/${stat.size}`);
      reply.header('content-length', String(Math.max(0, end - start + 1)));
      if (req.method === 'HEAD' || stat.size === 0) return reply.send();
      return reply.send(createReadStream(file, { start, end }));
    },
  });
}
