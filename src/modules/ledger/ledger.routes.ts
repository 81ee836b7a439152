import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/app-type.js';
import { viewerOf } from '../../platform/http/auth.js';
import { withProblems } from '../../platform/http/schemas.js';
import { invalidField } from '../../platform/http/problem.js';
import type { CheckpointService } from './checkpoints.service.js';
import { presentCheckpoint, type ProofService } from './proofs.service.js';
import type { WitnessService } from './witnesses.service.js';
import { formatVerifierKey, type NoteVerifier } from './note.js';
import {
  CheckpointSchema,
  ConsistencyProofSchema,
  CosignatureSchema,
  HashSchema,
  InclusionProofSchema,
  LeafSchema,
  NewWitnessSchema,
  RecordProofSchema,
  WitnessKeySchema,
  WitnessStatusSchema,
} from './ledger.schemas.js';

const Index = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });
const TEXT = 'text/plain; charset=utf-8';
const tags = ['ledger'];

/** What the ledger routes need. */
export interface LedgerRouteDeps {
  proofs: ProofService;
  checkpoints: CheckpointService;
  witnesses: WitnessService;
  logKey: NoteVerifier;
}

/** Routes of the verifiable ledger under `/api/v1/ledger`. */
export function ledgerRoutes(app: App, deps: LedgerRouteDeps): void {
  const { proofs, checkpoints, witnesses } = deps;

  app.get(
    '/api/v1/ledger/key',
    {
      config: { public: true },
      schema: {
        tags,
        summary: "The log's public key as a C2SP note verifier key (text/plain)",
        response: { 200: Type.String() },
      },
    },
    async (_req, reply) => reply.type(TEXT).send(`${formatVerifierKey(deps.logKey)}\n`),
  );

  app.get(
    '/api/v1/ledger/checkpoint',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'The newest checkpoint as a C2SP signed note with co-signatures (text/plain)',
        response: { 200: Type.String() },
      },
    },
    async (_req, reply) => {
      const latest = (await checkpoints.latest()) ?? (await checkpoints.issue());
      return reply.type(TEXT).send(latest.note);
    },
  );

  app.post(
    '/api/v1/ledger/checkpoint',
    {
      schema: {
        tags,
        summary: 'Sign a checkpoint of the whole log now (answers the newest if nothing was appended)',
        response: withProblems({ 200: CheckpointSchema }),
      },
    },
    async (req) => {
      viewerOf(req);
      return presentCheckpoint(await checkpoints.issue());
    },
  );

  app.get(
    '/api/v1/ledger/checkpoints/:size',
    {
      schema: {
        tags,
        summary: 'A checkpoint by tree size, with its note and co-signatures',
        params: Type.Object({ size: Index }),
        response: withProblems({ 200: CheckpointSchema }),
      },
    },
    async (req) => {
      viewerOf(req);
      return presentCheckpoint(await checkpoints.get(req.params.size));
    },
  );

  app.get(
    '/api/v1/ledger/proofs/inclusion',
    {
      schema: {
        tags,
        summary: 'RFC 9162 inclusion proof of leaf `index` in the tree of `size` leaves',
        querystring: Type.Object({ index: Index, size: Index }),
        response: withProblems({ 200: InclusionProofSchema }),
      },
    },
    (req) => proofs.inclusion(viewerOf(req), req.query.index, req.query.size),
  );

  app.get(
    '/api/v1/ledger/proofs/consistency',
    {
      schema: {
        tags,
        summary: 'RFC 9162 consistency proof from the tree of `from` leaves to the tree of `to` leaves',
        querystring: Type.Object({ from: Index, to: Index }),
        response: withProblems({ 200: ConsistencyProofSchema }),
      },
    },
    (req) => proofs.consistency(viewerOf(req), req.query.from, req.query.to),
  );

  app.get(
    '/api/v1/ledger/leaves',
    {
      schema: {
        tags,
        summary: 'Leaves [start, end) with their leaf hashes (at most 1000)',
        querystring: Type.Object({ start: Index, end: Index }),
        response: withProblems({
          200: Type.Object({ start: Index, end: Index, treeSize: Index, items: Type.Array(LeafSchema) }),
        }),
      },
    },
    (req) => proofs.leaves(viewerOf(req), req.query.start, req.query.end),
  );

  app.get(
    '/api/v1/ledger/leaves/lookup',
    {
      schema: {
        tags,
        summary: 'Find leaves by leaf hash, or by record kind and id (index and hash only)',
        querystring: Type.Object({
          hash: Type.Optional(HashSchema),
          kind: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
          recordId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
        }),
        response: withProblems({ 200: Type.Object({ items: Type.Array(LeafSchema) }) }),
      },
    },
    (req) => {
      const viewer = viewerOf(req);
      const { hash, kind, recordId } = req.query;
      if (hash !== undefined) return proofs.byHash(viewer, hash);
      if (kind === undefined) throw invalidField('/kind', 'give hash, or kind and recordId');
      if (recordId === undefined) throw invalidField('/recordId', 'give hash, or kind and recordId');
      return proofs.byRecord(viewer, kind, recordId);
    },
  );

  app.get(
    '/api/v1/ledger/records/:kind/:recordId',
    {
      schema: {
        tags,
        summary:
          'A record\'s leaves and the inclusion proof of its newest leaf in the newest checkpoint ("included in checkpoint N")',
        params: Type.Object({
          kind: Type.String({ minLength: 1, maxLength: 100 }),
          recordId: Type.String({ minLength: 1, maxLength: 200 }),
        }),
        querystring: Type.Object({
          issue: Type.Optional(
            Type.Boolean({ description: 'sign a checkpoint first when the newest leaf is not covered' }),
          ),
        }),
        response: withProblems({ 200: RecordProofSchema }),
      },
    },
    (req) =>
      proofs.recordProof(viewerOf(req), req.params.kind, req.params.recordId, req.query.issue ?? false),
  );

  app.get(
    '/api/v1/ledger/witnesses',
    {
      schema: {
        tags,
        summary: 'Registered witness keys of the parties',
        querystring: Type.Object({ includeRevoked: Type.Optional(Type.Boolean()) }),
        response: withProblems({
          200: Type.Object({ items: Type.Array(WitnessKeySchema), nextCursor: Type.Null() }),
        }),
      },
    },
    async (req) => ({
      items: await witnesses.list(viewerOf(req), req.query.includeRevoked ?? false),
      nextCursor: null,
    }),
  );

  app.post(
    '/api/v1/ledger/witnesses',
    {
      schema: {
        tags,
        summary: "Register a party's witness key (coordinators)",
        body: NewWitnessSchema,
        response: withProblems({ 201: WitnessKeySchema }),
      },
    },
    async (req, reply) => reply.code(201).send(await witnesses.register(viewerOf(req), req.body)),
  );

  app.delete(
    '/api/v1/ledger/witnesses/:id',
    {
      schema: {
        tags,
        summary: 'Revoke a witness key (coordinators)',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: withProblems({ 200: WitnessKeySchema }),
      },
    },
    (req) => witnesses.revoke(viewerOf(req), req.params.id),
  );

  app.get(
    '/api/v1/ledger/witnesses/status',
    {
      schema: {
        tags,
        summary: 'Which parties witnessed the newest checkpoint, and when',
        response: withProblems({ 200: WitnessStatusSchema }),
      },
    },
    (req) => witnesses.status(viewerOf(req)),
  );

  app.post(
    '/api/v1/ledger/cosignatures',
    {
      schema: {
        tags,
        summary: "Add a witness's co-signature to a checkpoint (a key of the caller's party)",
        body: CosignatureSchema,
        response: withProblems({ 200: Type.Object({ added: Type.Boolean() }) }),
      },
    },
    (req) => witnesses.cosign(viewerOf(req), req.body),
  );
}
