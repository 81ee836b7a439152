import { toColumns } from '../../platform/access/releasability.js';
import { requireRole, type Viewer } from '../../platform/access/viewer.js';
import { recordAudit } from '../../platform/audit/audit.service.js';
import type { AppContext } from '../../platform/context.js';
import { isoTime } from '../../platform/db/columns.js';
import { invalidField, notFound } from '../../platform/http/problem.js';
import type { Commitment } from '../commitments/commitments.schemas.js';
import { guaranteesRepository as repo } from './guarantees.repository.js';
import type { NewResponse, ResponseCommitment } from './guarantees.schemas.js';
import type { ResponseTable } from './guarantees.tables.js';
import { RESPONSE_KIND, RESPONSE_UNIT } from './response-types.js';

/** The response commitment as the API shows it: the core's commitment with its response details. */
export function presentResponse(row: ResponseTable, c: Commitment): ResponseCommitment {
  return {
    commitmentId: c.id,
    party: c.party,
    title: c.title,
    response: row.response as ResponseCommitment['response'],
    timeToEffectHours: row.time_to_effect_hours,
    triggerId: row.trigger_id,
    quantity: c.quantity,
    unit: c.unit,
    state: c.state,
    conditions: c.conditions,
    approvals: c.approvals.map((a) => ({
      id: a.id,
      bodyName: a.bodyName,
      state: a.state,
      expectedDays: a.expectedDays,
    })),
    releasability: c.releasability,
    exercise: c.exercise,
  };
}

/**
 * Response commitments: commitments of the core (kind, conditions, domestic approvals,
 * lifecycle) that answer a renewed attack, with their response type and time to effect.
 */
export class ResponsesService {
  constructor(private readonly ctx: AppContext) {}

  /** Response commitments the viewer may see, with their commitments as the viewer sees them. */
  async list(viewer: Viewer): Promise<ResponseCommitment[]> {
    const rows = await repo.listResponses(this.ctx.db, viewer);
    if (rows.length === 0) return [];
    const commitments = await this.ctx.services.commitments.all(viewer, {
      ids: rows.map((r) => r.commitment_id),
    });
    const byId = new Map(commitments.map((c) => [c.id, c]));
    return rows.flatMap((r) => {
      const c = byId.get(r.commitment_id);
      return c ? [presentResponse(r, c)] : [];
    });
  }

  /** One response commitment; 404 when unknown or not releasable to the viewer. */
  async get(viewer: Viewer, id: string): Promise<ResponseCommitment> {
    const row = await repo.getResponse(this.ctx.db, viewer, id);
    if (!row) throw notFound(`Response commitment ${id}`);
    return presentResponse(row, await this.ctx.services.commitments.get(viewer, id));
  }

  /**
   * Records a response commitment of the viewer's party: the commitment in the core (with its
   * conditions and domestic approvals) and its response details, in one transaction.
   */
  async create(viewer: Viewer, input: NewResponse): Promise<ResponseCommitment> {
    requireRole(viewer, ['planner', 'coordinator'], 'record response commitments');
    if (input.triggerId && !(await repo.getTrigger(this.ctx.db, viewer, input.triggerId))) {
      throw invalidField('/triggerId', `no trigger ${input.triggerId} is visible to you`);
    }
    return this.ctx.db.transaction().execute(async (trx) => {
      const options = { trx };
      let commitment = await this.ctx.services.commitments.create(
        viewer,
        {
          kind: RESPONSE_KIND[input.response],
          title: input.title,
          ...(input.description ? { description: input.description } : {}),
          ...(input.quantity !== undefined ? { quantity: input.quantity } : {}),
          unit: input.unit ?? RESPONSE_UNIT[input.response],
          purpose: { pillar: 'guarantees' },
          ...(input.conditions !== undefined ? { conditions: input.conditions } : {}),
          ...(input.sources ? { sources: input.sources } : {}),
          ...(input.state ? { state: input.state as Commitment['state'] } : {}),
          releasability: input.releasability,
          ...(input.exercise ? { exercise: true } : {}),
        },
        options,
      );
      const approvals: Commitment['approvals'] = [];
      for (const a of input.approvals ?? []) {
        const added = await this.ctx.services.commitments.approvals.add(
          viewer,
          commitment.id,
          {
            body: a.body,
            bodyName: a.bodyName,
            state: a.state as Commitment['approvals'][number]['state'],
            ...(a.expectedDays !== undefined ? { expectedDays: a.expectedDays } : {}),
            ...(input.exercise ? { exercise: true } : {}),
          },
          options,
        );
        approvals.push(added);
      }
      if (approvals.length > 0) commitment = { ...commitment, approvals };
      const now = isoTime();
      const row: ResponseTable = {
        commitment_id: commitment.id,
        response: input.response,
        time_to_effect_hours: input.timeToEffectHours,
        trigger_id: input.triggerId ?? null,
        exercise: input.exercise ? 1 : 0,
        created_at: now,
        updated_at: now,
        ...toColumns(viewer.party, input.releasability),
      };
      await repo.insertResponse(trx, row);
      const after = presentResponse(row, commitment);
      await recordAudit(trx, viewer, {
        action: 'create',
        entity: 'guarantee-response',
        entityId: row.commitment_id,
        after,
        record: row,
      });
      await this.ctx.services.ledger.record(trx, [
        {
          kind: 'guarantee.response',
          recordId: row.commitment_id,
          content: { ...after, approvals: undefined },
        },
      ]);
      return after;
    });
  }
}
