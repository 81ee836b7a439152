import { Type } from '@sinclair/typebox';
import type { AppContext } from '../context.js';
import type { GuarantorModule } from '../module.js';
import type { App } from './app-type.js';
import { viewerOf } from './auth.js';
import { withProblems } from './schemas.js';
import { getSetting } from '../audit/audit.service.js';

const HeadlineSchema = Type.Object({
  key: Type.String(),
  value: Type.Number(),
  change: Type.Optional(Type.Number()),
});

/** `GET /api/v1/status` (public: version, exercise marking) and `GET /api/v1/overview`. */
export function statusRoutes(app: App, ctx: AppContext, modules: readonly GuarantorModule[]): void {
  app.get(
    '/api/v1/status',
    {
      config: { public: true },
      schema: {
        tags: ['platform'],
        summary: 'Deployment status: whether it holds exercise data',
        response: withProblems({
          200: Type.Object({
            name: Type.Literal('Guarantor'),
            exercise: Type.Boolean({
              description: 'True while exercise data is loaded: every page shows the EXERCISE marking',
            }),
            modules: Type.Array(Type.String()),
            basemapPmtiles: Type.Boolean(),
          }),
        }),
      },
    },
    async () => ({
      name: 'Guarantor' as const,
      exercise: (await getSetting(ctx.db, 'exercise')) === 'loaded',
      modules: modules.map((m) => m.name),
      basemapPmtiles: ctx.config.basemapPmtiles !== undefined,
    }),
  );
  app.get(
    '/api/v1/overview',
    {
      schema: {
        tags: ['platform'],
        summary: 'Headline figures of every module, as the viewer may see them',
        response: withProblems({
          200: Type.Object({ modules: Type.Record(Type.String(), Type.Array(HeadlineSchema)) }),
        }),
      },
    },
    async (req) => {
      const viewer = viewerOf(req);
      const result: Record<string, { key: string; value: number; change?: number }[]> = {};
      for (const module of modules) {
        if (module.overview) result[module.name] = await module.overview(ctx, viewer);
      }
      return { modules: result };
    },
  );
}
