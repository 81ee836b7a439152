import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/app-type.js';
import { viewerOf } from '../../platform/http/auth.js';
import { withProblems } from '../../platform/http/schemas.js';
import type { AnalysisService } from './analysis.service.js';
import {
  NewResponseSchema,
  PivotalityRequestSchema,
  ResponseCommitmentSchema,
  SimulationRequestSchema,
} from './guarantees.schemas.js';
import type { ResponsesService } from './responses.service.js';

// Simulation and pivotality answers are large computed documents, described in docs/guarantees.md.
const Computed = Type.Object({}, { additionalProperties: true });

/** Routes of response commitments, simulations and pivotality under `/api/v1/guarantees`. */
export function analysisRoutes(app: App, responses: ResponsesService, analysis: AnalysisService): void {
  app.get(
    '/api/v1/guarantees/responses',
    {
      schema: {
        tags: ['guarantees'],
        summary: 'Response commitments: what each party promises if Ukraine is attacked again',
        response: withProblems({
          200: Type.Object({ items: Type.Array(ResponseCommitmentSchema), nextCursor: Type.Null() }),
        }),
      },
    },
    async (req) => ({ items: await responses.list(viewerOf(req)), nextCursor: null }),
  );
  app.get(
    '/api/v1/guarantees/responses/:id',
    {
      schema: {
        tags: ['guarantees'],
        summary: 'One response commitment',
        params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) }),
        response: withProblems({ 200: ResponseCommitmentSchema }),
      },
    },
    (req) => responses.get(viewerOf(req), req.params.id),
  );
  app.post(
    '/api/v1/guarantees/responses',
    {
      schema: {
        tags: ['guarantees'],
        summary: 'Record a response commitment of your party (planners, coordinators)',
        body: NewResponseSchema,
        response: withProblems({ 201: ResponseCommitmentSchema }),
      },
    },
    async (req, reply) => reply.code(201).send(await responses.create(viewerOf(req), req.body)),
  );
  app.post(
    '/api/v1/guarantees/simulations',
    {
      schema: {
        tags: ['guarantees'],
        summary: 'If a trigger were confirmed at T: the timeline, or two scenarios side by side',
        body: SimulationRequestSchema,
        response: withProblems({ 200: Computed }),
      },
    },
    (req) => analysis.simulate(viewerOf(req), req.body),
  );
  app.post(
    '/api/v1/guarantees/pivotality',
    {
      schema: {
        tags: ['guarantees'],
        summary: 'Who is pivotal: Shapley and Banzhaf values and minimal blocking sets for a goal',
        body: PivotalityRequestSchema,
        response: withProblems({ 200: Computed }),
      },
    },
    (req) => analysis.pivotality(viewerOf(req), req.body),
  );
}
