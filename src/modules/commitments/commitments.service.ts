import type { AppContext } from '../../platform/context.js';
import type { Viewer } from '../../platform/access/viewer.js';
import { CommitmentRecords } from './commitment-records.service.js';
import { ApprovalRecords } from './approvals.service.js';
import type { Commitment } from './commitments.schemas.js';
import { toEngineApproval, toEngineCommitment, toEngineEvent } from './commitments.present.js';
import {
  countStates,
  resolveConditions,
  type CommitmentResolution,
  type EngineApproval,
  type EngineCommitment,
  type EngineEvent,
  type ResolveInput,
  type WhatIf,
} from './resolve-conditions.js';

/** One commitment's resolution with the fields a reader needs to name it. */
export interface ResolvedCommitment extends CommitmentResolution {
  party: string;
  title: string;
  kind: Commitment['kind'];
}

/** The engine input as the viewer may see it, plus whether it holds exercise data. */
export interface ResolutionInput extends ResolveInput {
  commitments: EngineCommitment[];
  approvals: EngineApproval[];
  events: EngineEvent[];
  exercise: boolean;
}

/** The answer of `resolve`. */
export interface Resolution {
  items: ResolvedCommitment[];
  counts: Record<string, number>;
  exercise: boolean;
}

/**
 * The commitments core as other modules use it (`ctx.services.commitments`): commitments,
 * domestic approvals, events and the conditions engine. Contract in docs/commitments.md.
 */
export class CommitmentsService extends CommitmentRecords {
  /** Domestic approvals and condition events. */
  readonly approvals: ApprovalRecords;

  constructor(ctx: AppContext) {
    super(ctx);
    this.approvals = new ApprovalRecords(ctx);
  }

  /**
   * What the conditions engine needs, as the viewer may see it: the engine input of every
   * visible commitment, approval and event. The web application runs the engine on it for
   * instant what-if toggles.
   */
  async resolutionInput(viewer: Viewer): Promise<ResolutionInput> {
    const [commitments, events] = await Promise.all([this.all(viewer), this.approvals.events(viewer)]);
    return {
      commitments: commitments.map(toEngineCommitment),
      approvals: commitments.flatMap((c) => c.approvals.map(toEngineApproval)),
      events: events.map(toEngineEvent),
      exercise: commitments.some((c) => c.exercise),
    };
  }

  /**
   * Each visible commitment's effective state (firm, conditional-met, conditional-pending,
   * failed) with its chain of reasons, under optional what-if assumptions. Commitments the
   * viewer cannot see count as not recorded, so nothing hidden shapes the answer.
   */
  async resolve(viewer: Viewer, whatIf: WhatIf = {}): Promise<Resolution> {
    const input = await this.resolutionInput(viewer);
    const out = resolveConditions(input, whatIf);
    const items = input.commitments.map((c) => {
      // Read each field: the reasons and explanation are getters, which a spread would skip.
      const { id, state, binding, reasons, explanation } = out.get(c.id)!;
      return { id, state, binding, reasons, explanation, party: c.party, title: c.title, kind: c.kind };
    });
    return { items, counts: countStates(items), exercise: input.exercise };
  }
}

declare module '../../platform/context.js' {
  interface Services {
    commitments: CommitmentsService;
  }
}
