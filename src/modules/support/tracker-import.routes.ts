import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/app-type.js';
import type { AppContext } from '../../platform/context.js';
import { viewerOf } from '../../platform/http/auth.js';
import { withProblems } from '../../platform/http/schemas.js';
import { badRequest } from '../../platform/http/problem.js';
import { TrackerImportSchema } from './support.schemas.js';

const tags = ['support'];
// A full tracker release is a few megabytes; leave room for growth.
const IMPORT_BODY_LIMIT = 64 * 1024 * 1024;

/** Routes of the Kiel Institute tracker import and its history. */
export function trackerImportRoutes(app: App, ctx: AppContext): void {
  const tracker = ctx.services.supportTracker;
  app.get(
    '/api/v1/support/imports',
    {
      schema: {
        tags,
        summary: 'Past imports of the Kiel tracker',
        response: withProblems({
          200: Type.Object({ items: Type.Array(TrackerImportSchema), nextCursor: Type.Null() }),
        }),
      },
    },
    async (req) => ({ items: await tracker.imports(viewerOf(req)), nextCursor: null }),
  );
  app.post(
    '/api/v1/support/imports/kiel',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary:
          'Import a Kiel Ukraine Support Tracker release: text/csv, or the XLSX workbook (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or application/octet-stream). All or nothing.',
        querystring: Type.Object({ fileName: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })) }),
        response: withProblems({ 200: TrackerImportSchema, 201: TrackerImportSchema }),
      },
    },
    async (req, reply) => {
      const body: unknown = req.body;
      const bytes =
        typeof body === 'string'
          ? new TextEncoder().encode(body)
          : Buffer.isBuffer(body)
            ? new Uint8Array(body)
            : null;
      if (!bytes || bytes.length === 0)
        throw badRequest('Send the tracker file as the body (text/csv or the XLSX workbook).', [
          { pointer: '/', detail: 'the body is empty or not a file' },
        ]);
      const result = await tracker.importFile(viewerOf(req), {
        name: req.query.fileName ?? 'upload',
        bytes,
        ...(req.headers['content-type']?.startsWith('text/csv') ? { format: 'csv' as const } : {}),
      });
      return reply.code(result.duplicateOf ? 200 : 201).send(result);
    },
  );
}
