import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/database.js';
import { isoTime } from '../../platform/db/columns.js';
import { toColumns } from '../../platform/access/releasability.js';
import { requireRole, type Viewer } from '../../platform/access/viewer.js';
import { recordAudit, type AuditActor } from '../../platform/audit/audit.service.js';
import { forbidden, invalidField, notFound } from '../../platform/http/problem.js';
import type { NewCommitment } from '../commitments/commitments.schemas.js';
import { addYears, daysBetween, fulfilmentByYear } from './agreement-fulfilment.js';
import { agreementsRepository as repo } from './agreements.repository.js';
import { presentAgreement, presentClause } from './agreements.present.js';
import type {
  Agreement,
  AgreementPatch,
  Clause,
  ClauseType,
  ConsultationObligation,
  Fulfilment,
  NewAgreement,
  NewClause,
  Reminder,
} from './agreements.schemas.js';
import type { AgreementTable, ClauseTable } from './agreements.tables.js';

const WRITERS = ['coordinator', 'planner'] as const;

/** The commitment kind of each clause type in the commitments core. */
const COMMITMENT_KIND: Record<ClauseType, NewCommitment['kind']> = {
  'annual-support': 'funding',
  'consultations-24h': 'consultation',
  'co-production': 'technology',
  training: 'training',
  intelligence: 'intelligence',
  sanctions: 'sanctions',
  'nato-eu-integration': 'diplomatic',
  recovery: 'funding',
};

/** Options of writes by the system (scenario loader). */
export interface SystemWrite {
  exercise?: boolean;
}

/**
 * Bilateral security agreements, their clauses as obligations (each a commitment of the
 * commitments core, owned by the partner), fulfilment against the support module's pledges,
 * reminders, and the consultation obligations the guarantees module links to its clocks.
 */
export class AgreementsService {
  constructor(private readonly ctx: AppContext) {}

  private async present(viewer: Viewer, rows: AgreementTable[]): Promise<Agreement[]> {
    const clauses = await repo.clauses(
      this.ctx.db,
      viewer,
      rows.map((r) => r.id),
    );
    return rows.map((r) => presentAgreement(r, clauses));
  }

  /** Agreements the viewer may see, by signing date. */
  async list(viewer: Viewer, filter: { partner?: string } = {}): Promise<Agreement[]> {
    return this.present(viewer, await repo.list(this.ctx.db, viewer, filter));
  }

  /** One agreement with its clauses; 404 when unknown or not releasable to the viewer. */
  async get(viewer: Viewer, id: string): Promise<Agreement> {
    const row = await repo.get(this.ctx.db, viewer, id);
    if (!row) throw notFound(`Agreement ${id}`);
    return (await this.present(viewer, [row]))[0]!;
  }

  private async addClause(
    trx: Executor,
    actor: AuditActor,
    agreement: AgreementTable,
    input: NewClause,
    exercise: boolean,
  ): Promise<ClauseTable> {
    if (input.yearFrom !== undefined && input.yearTo !== undefined && input.yearTo < input.yearFrom)
      throw invalidField('/yearTo', 'is before yearFrom');
    if (input.amount !== undefined && !input.currency)
      throw invalidField('/currency', 'is required with an amount');
    if (input.eurPerUnit !== undefined && !input.conversionSource)
      throw invalidField('/conversionSource', 'a conversion rate needs its source');
    const row: ClauseTable = {
      id: randomUUID(),
      agreement_id: agreement.id,
      type: input.type,
      title: input.title,
      text: input.text ?? null,
      year_from: input.yearFrom ?? null,
      year_to: input.yearTo ?? input.yearFrom ?? null,
      amount: input.amount ?? null,
      currency: input.currency ?? null,
      eur_per_unit: input.eurPerUnit ?? null,
      conversion_source: input.conversionSource ?? null,
      percent_of_gdp: input.percentOfGdp ?? null,
      consultation_hours: input.consultationHours ?? (input.type === 'consultations-24h' ? 24 : null),
      commitment_id: null,
      source: input.source ?? null,
      exercise: exercise ? 1 : 0,
      created_at: isoTime(),
      owner_party: agreement.owner_party,
      releasability: agreement.releasability,
      releasable_to: agreement.releasable_to,
    };
    const clause = presentClause(row);
    const start = row.year_from
      ? `${row.year_from}-01-01T00:00:00.000Z`
      : agreement.signed_on
        ? `${agreement.signed_on}T00:00:00.000Z`
        : undefined;
    const end = row.year_to
      ? `${row.year_to}-12-31T23:59:59.999Z`
      : agreement.expires_on
        ? `${agreement.expires_on}T00:00:00.000Z`
        : undefined;
    const source = input.source ?? agreement.source;
    const commitment = await this.ctx.services.commitments.create(
      actor,
      {
        kind: COMMITMENT_KIND[input.type],
        title: `${agreement.partner_name}: ${input.title}`.slice(0, 300),
        description: `Obligation of the ${agreement.title}.${input.text ? ` ${input.text}` : ''}`.slice(
          0,
          5000,
        ),
        ...(clause.amountEur !== null ? { valueEur: clause.amountEur } : {}),
        ...(start || end ? { period: { ...(start ? { start } : {}), ...(end ? { end } : {}) } } : {}),
        purpose: { pillar: 'agreements', requirementRef: `agreement:${agreement.id}` },
        sources: source
          ? [{ citation: source, ...(/^https?:\/\//.test(source) ? { url: source } : {}) }]
          : [],
        releasability: presentAgreement(agreement, []).releasability,
        state: 'committed',
        ...(exercise ? { exercise: true } : {}),
      },
      { trx, party: agreement.partner_party },
    );
    row.commitment_id = commitment.id;
    await repo.insertClause(trx, row);
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'agreement.clause',
      entityId: row.id,
      after: presentClause(row),
      record: row,
    });
    await this.ctx.services.ledger.record(trx, [
      { kind: 'agreement.clause', recordId: row.id, content: presentClause(row) },
    ]);
    return row;
  }

  /**
   * Records an agreement and its clauses. The clauses are the partner's obligations, so the
   * partner's coordinators and planners record it (the system for the shipped registry).
   */
  async create(actor: AuditActor, input: NewAgreement, options: SystemWrite = {}): Promise<Agreement> {
    if (!('system' in actor)) {
      requireRole(actor, WRITERS, 'record agreements');
      if (actor.party !== input.partner)
        throw forbidden(
          `The agreement's obligations are ${input.partner}'s: only ${input.partner} records it.`,
        );
    }
    if (input.signedOn && input.entryIntoForceOn && input.entryIntoForceOn < input.signedOn)
      throw invalidField('/entryIntoForceOn', 'is before signedOn');
    const now = isoTime();
    const expires =
      input.signedOn && input.durationYears
        ? addYears(input.entryIntoForceOn ?? input.signedOn, input.durationYears)
        : null;
    const row: AgreementTable = {
      id: randomUUID(),
      partner_party: input.partner,
      partner_name: input.partnerName,
      title: input.title,
      signed_on: input.signedOn ?? null,
      signed_note: input.signedNote ?? null,
      entry_into_force_on: input.entryIntoForceOn ?? null,
      duration_years: input.durationYears ?? null,
      expires_on: expires,
      review_on: input.reviewOn ?? null,
      ratification_required:
        input.ratificationRequired === undefined || input.ratificationRequired === null
          ? null
          : input.ratificationRequired
            ? 1
            : 0,
      ratification_state: input.ratificationState ?? 'unknown',
      headline: input.headline ?? null,
      document_sha256: input.documentSha256 ?? null,
      document_url: input.documentUrl ?? null,
      source: input.source ?? null,
      exercise: options.exercise ? 1 : 0,
      created_at: now,
      updated_at: now,
      ...toColumns(input.partner, input.releasability ?? 'public'),
    };
    const clauses: ClauseTable[] = [];
    await this.ctx.db.transaction().execute(async (trx) => {
      await repo.insert(trx, row);
      for (const [i, c] of (input.clauses ?? []).entries()) {
        try {
          clauses.push(await this.addClause(trx, actor, row, c, options.exercise ?? false));
        } catch (error) {
          // Name the clause in the pointer, so that the caller finds the offending one.
          const e = error as { errors?: { pointer?: string }[] };
          for (const item of e.errors ?? []) if (item.pointer) item.pointer = `/clauses/${i}${item.pointer}`;
          throw error;
        }
      }
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'agreement',
        entityId: row.id,
        after: presentAgreement(row, clauses),
        record: row,
      });
      await this.ctx.services.ledger.record(trx, [
        { kind: 'agreement', recordId: row.id, content: presentAgreement(row, []) },
      ]);
    });
    return presentAgreement(row, clauses);
  }

  /** Adds a clause to an agreement (the partner). */
  async createClause(viewer: Viewer, agreementId: string, input: NewClause): Promise<Clause> {
    requireRole(viewer, WRITERS, 'add clauses');
    let row: ClauseTable | undefined;
    await this.ctx.db.transaction().execute(async (trx) => {
      const agreement = await repo.get(trx, viewer, agreementId);
      if (!agreement) throw notFound(`Agreement ${agreementId}`);
      if (viewer.party !== agreement.partner_party)
        throw forbidden(`Only ${agreement.partner_party} adds obligations to this agreement.`);
      row = await this.addClause(trx, viewer, agreement, input, agreement.exercise === 1);
    });
    return presentClause(row!);
  }

  /** Records entry into force, review date, ratification or the document's hash (the partner or Ukraine). */
  async update(viewer: Viewer, id: string, patch: AgreementPatch): Promise<Agreement> {
    requireRole(viewer, WRITERS, 'update agreements');
    await this.ctx.db.transaction().execute(async (trx) => {
      const before = await repo.get(trx, viewer, id);
      if (!before) throw notFound(`Agreement ${id}`);
      if (viewer.party !== before.partner_party && viewer.party !== 'UKR')
        throw forbidden(`Only ${before.partner_party} or UKR update this agreement.`);
      const change: Partial<AgreementTable> = { updated_at: isoTime() };
      if (patch.entryIntoForceOn !== undefined) {
        if (before.signed_on && patch.entryIntoForceOn < before.signed_on)
          throw invalidField('/entryIntoForceOn', 'is before the signature');
        change.entry_into_force_on = patch.entryIntoForceOn;
        if (before.duration_years)
          change.expires_on = addYears(patch.entryIntoForceOn, before.duration_years);
      }
      if (patch.reviewOn !== undefined) change.review_on = patch.reviewOn;
      if (patch.ratificationRequired !== undefined)
        change.ratification_required =
          patch.ratificationRequired === null ? null : patch.ratificationRequired ? 1 : 0;
      if (patch.ratificationState !== undefined) change.ratification_state = patch.ratificationState;
      if (patch.documentSha256 !== undefined) change.document_sha256 = patch.documentSha256;
      if (patch.documentUrl !== undefined) change.document_url = patch.documentUrl;
      await repo.update(trx, id, change);
      const after = { ...before, ...change };
      await recordAudit(trx, viewer, {
        action: 'update',
        entity: 'agreement',
        entityId: id,
        before: presentAgreement(before, []),
        after: presentAgreement(after, []),
        record: before,
      });
      await this.ctx.services.ledger.record(trx, [
        { kind: 'agreement', recordId: id, content: presentAgreement(after, []) },
      ]);
    });
    return this.get(viewer, id);
  }

  /**
   * Promised against committed, allocated and delivered, per year, joined from the pledges the
   * viewer can see: those linked to the agreement, and the partner's pledges within its term.
   */
  async fulfilment(viewer: Viewer, id: string): Promise<Fulfilment> {
    const agreement = await this.get(viewer, id);
    const pledges = await this.ctx.services.supportPledges.forAgreement(viewer, {
      agreementId: id,
      donor: agreement.signedOn ? agreement.partner : null,
      from: (agreement.signedOn ?? '9999-12').slice(0, 7),
      to: agreement.expiresOn?.slice(0, 7) ?? null,
    });
    const years = fulfilmentByYear(agreement.clauses, pledges);
    const sum = (f: (y: (typeof years)[number]) => number) => years.reduce((s, y) => s + f(y), 0);
    const promised = years.filter((y) => y.promisedEur !== null);
    return {
      agreementId: agreement.id,
      partner: agreement.partner,
      partnerName: agreement.partnerName,
      title: agreement.title,
      years,
      total: {
        promisedEur: promised.length ? promised.reduce((s, y) => s + y.promisedEur!, 0) : null,
        committedEur: sum((y) => y.committedEur),
        allocatedEur: sum((y) => y.allocatedEur),
        deliveredEur: sum((y) => y.deliveredEur),
        pledges: sum((y) => y.pledgeIds.length),
      },
    };
  }

  /** Fulfilment of every agreement the viewer may see: the agreement tracker. */
  async tracker(viewer: Viewer): Promise<Fulfilment[]> {
    const rows = await repo.list(this.ctx.db, viewer);
    const out: Fulfilment[] = [];
    for (const r of rows) out.push(await this.fulfilment(viewer, r.id));
    return out;
  }

  /** Expiries and reviews due within `withinDays` of `today`, and ratifications still open. */
  async reminders(
    viewer: Viewer,
    options: { withinDays?: number; today?: string } = {},
  ): Promise<Reminder[]> {
    const today = options.today ?? isoTime().slice(0, 10);
    const within = options.withinDays ?? 365;
    const out: Reminder[] = [];
    for (const a of await repo.list(this.ctx.db, viewer)) {
      const base = { agreementId: a.id, partner: a.partner_party, title: a.title };
      for (const [kind, due] of [
        ['expiry', a.expires_on],
        ['review', a.review_on],
      ] as const) {
        if (!due) continue;
        const days = daysBetween(today, due);
        if (days >= 0 && days <= within)
          out.push({
            ...base,
            kind,
            dueOn: due,
            daysLeft: days,
            detail: kind === 'expiry' ? `expires in ${days} days` : `review due in ${days} days`,
          });
      }
      if (a.ratification_required === 1 && a.ratification_state !== 'ratified')
        out.push({
          ...base,
          kind: 'ratification',
          dueOn: null,
          daysLeft: null,
          detail: `ratification is ${a.ratification_state}`,
        });
    }
    return out.sort((x, y) => (x.daysLeft ?? -1) - (y.daysLeft ?? -1));
  }

  /**
   * The consultation obligations (e.g. 24 hours after a renewed armed attack) the viewer may
   * see, for the guarantees module to start activation clocks from.
   */
  async consultationObligations(viewer: Viewer, at: string = isoTime()): Promise<ConsultationObligation[]> {
    const agreements = await repo.list(this.ctx.db, viewer);
    const clauses = await repo.clauses(
      this.ctx.db,
      viewer,
      agreements.map((a) => a.id),
    );
    const day = at.slice(0, 10);
    return clauses
      .filter((c) => c.type === 'consultations-24h')
      .map((c) => {
        const a = agreements.find((x) => x.id === c.agreement_id)!;
        return {
          agreementId: a.id,
          clauseId: c.id,
          partner: a.partner_party,
          partnerName: a.partner_name,
          hours: c.consultation_hours ?? 24,
          trigger: 'renewed-armed-attack' as const,
          commitmentId: c.commitment_id,
          // Signed on a known day, or signed per the sources on a day they do not give.
          inForce:
            (a.signed_on !== null ? a.signed_on <= day : a.signed_note !== null) &&
            (a.expires_on === null || day < a.expires_on),
          source: c.source,
        };
      });
  }
}
