import { randomUUID } from 'node:crypto';
import { toColumns } from '../../platform/access/releasability.js';
import type { Commitment } from '../commitments/commitments.schemas.js';
import type { ActivationTable, ClockTable, ResponseTable } from './guarantees.tables.js';

const HOUR = 3_600_000;
const PENDING = new Set(['not-started', 'tabled']);

/** A response commitment that answers the activation's trigger, with its core commitment. */
export interface PlannedResponse {
  response: ResponseTable;
  commitment: Commitment;
}

/**
 * A consultation duty of a bilateral agreement in force when the activation starts: the
 * partner consults within `hours` (24 in the 2024 agreements). `commitment` is the core
 * commitment the agreements module records for the clause, owned by the partner.
 */
export interface ConsultationDuty {
  partner: string;
  agreementId: string;
  hours: number;
  commitment: Commitment;
}

/**
 * The clocks an activation starts at `started_at`: per response commitment a consultation
 * deadline (consultations) or a take-effect deadline (after its pending approvals' expected
 * days, then its time to effect), and one clock per pending domestic approval; per agreement
 * consultation duty one consultation clock, due after the clause's hours.
 *
 * A duty and a consultation response of the same partner (or of the very clause commitment)
 * are one obligation: they make one clock, due at the earlier of the two deadlines and naming
 * the agreement. Each clock carries its commitment's releasability.
 */
export function buildClocks(
  activation: Pick<ActivationTable, 'id' | 'started_at' | 'exercise'>,
  plan: readonly PlannedResponse[],
  duties: readonly ConsultationDuty[] = [],
): ClockTable[] {
  const start = Date.parse(activation.started_at!);
  const at = (hours: number | null) => (hours === null ? null : new Date(start + hours * HOUR).toISOString());
  const dutyOf = new Map<PlannedResponse, ConsultationDuty>();
  const unmatched: ConsultationDuty[] = [];
  for (const duty of duties) {
    const answer =
      plan.find((p) => p.commitment.id === duty.commitment.id) ??
      plan.find(
        (p) =>
          p.response.response === 'consultation' && p.response.owner_party === duty.partner && !dutyOf.has(p),
      );
    if (answer && !dutyOf.has(answer)) dutyOf.set(answer, duty);
    else if (!answer) unmatched.push(duty);
  }
  const base = {
    activation_id: activation.id,
    done_at: null,
    done_by: null,
    note: null,
    exercise: activation.exercise,
  };
  const clocks: ClockTable[] = [];
  for (const planned of plan) {
    const { response, commitment } = planned;
    const own = {
      ...base,
      commitment_id: commitment.id,
      response: response.response,
      owner_party: response.owner_party,
      releasability: response.releasability,
      releasable_to: response.releasable_to,
    };
    const pending = commitment.approvals.filter((a) => PENDING.has(a.state));
    const unknownDelay = pending.some((a) => a.expectedDays === null);
    const approvalDays = Math.max(0, ...pending.map((a) => a.expectedDays ?? 0));
    for (const a of pending) {
      clocks.push({
        ...own,
        id: randomUUID(),
        kind: 'approval',
        title: `${a.bodyName} approval for ${commitment.title}`,
        approval_id: a.id,
        agreement_id: null,
        due_at: at(a.expectedDays === null ? null : a.expectedDays * 24),
      });
    }
    const consultation = response.response === 'consultation';
    const duty = dutyOf.get(planned);
    const hours = unknownDelay ? null : approvalDays * 24 + response.time_to_effect_hours;
    clocks.push({
      ...own,
      id: randomUUID(),
      kind: consultation ? 'consultation' : 'effect',
      title: commitment.title,
      approval_id: null,
      agreement_id: duty?.agreementId ?? null,
      due_at: at(duty ? Math.min(duty.hours, hours ?? duty.hours) : hours),
    });
  }
  for (const duty of unmatched) {
    clocks.push({
      ...base,
      ...toColumns(duty.partner, duty.commitment.releasability),
      id: randomUUID(),
      commitment_id: duty.commitment.id,
      response: 'consultation',
      kind: 'consultation',
      title: duty.commitment.title,
      approval_id: null,
      agreement_id: duty.agreementId,
      due_at: at(duty.hours),
    });
  }
  return clocks;
}
