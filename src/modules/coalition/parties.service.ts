import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { isoTime } from '../../platform/db/columns.js';
import { requireRole, type Viewer } from '../../platform/access/viewer.js';
import { recordAudit, type AuditActor } from '../../platform/audit/audit.service.js';
import { conflict, invalidField, notFound } from '../../platform/http/problem.js';
import type { NewParty, NewRepresentative, Party, PartyPatch, Representative } from './coalition.schemas.js';
import type { PartyTable, RepresentativeTable } from './coalition.tables.js';
import { partiesRepository as repo } from './parties.repository.js';

// Parties are public facts: their audit rows are public too.
const PUBLIC = { owner_party: 'NATO', releasability: 'public', releasable_to: '' } as const;

function presentRepresentative(r: RepresentativeTable): Representative {
  return { id: r.id, name: r.name, office: r.office, source: r.source };
}

function presentParty(p: PartyTable, reps?: RepresentativeTable[]): Party {
  return {
    code: p.code,
    name: p.name,
    kind: p.kind as Party['kind'],
    coalitionRole: p.coalition_role as Party['coalitionRole'],
    parliamentApproval: p.parliament_approval === null ? null : p.parliament_approval === 1,
    source: p.source,
    ...(reps ? { representatives: reps.map(presentRepresentative) } : {}),
  };
}

/** The coalition registry: parties and their representatives. */
export class PartiesService {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every party, ordered by code, with representatives; filtered by role, kind or text. */
  async list(_viewer: Viewer, filter: { role?: string; kind?: string; q?: string } = {}): Promise<Party[]> {
    const parties = await repo.list(this.db, filter);
    const reps = await repo.representatives(
      this.db,
      parties.map((p) => p.code),
    );
    return parties.map((p) =>
      presentParty(
        p,
        reps.filter((r) => r.party_code === p.code),
      ),
    );
  }

  /** One party with its representatives; 404 when unknown. */
  async get(_viewer: Viewer, code: string): Promise<Party> {
    const party = await repo.get(this.db, code);
    if (!party) throw notFound(`Party ${code}`);
    return presentParty(party, await repo.representatives(this.db, [code]));
  }

  /** True when the party code is registered (used by other modules to validate input). */
  async exists(code: string): Promise<boolean> {
    return (await repo.get(this.db, code)) !== undefined;
  }

  /** The codes of every registered party. */
  async codes(): Promise<Set<string>> {
    return new Set((await repo.list(this.db, {})).map((p) => p.code));
  }

  /** Whether a party is a coalition member (host, member or partner) rather than an observer. */
  async inCoalition(code: string): Promise<boolean> {
    const party = await repo.get(this.db, code);
    return party !== undefined && party.coalition_role !== 'observer';
  }

  /** Adds a party (coordinators); 409 when the code exists. */
  async create(actor: AuditActor, input: NewParty): Promise<Party> {
    if ('role' in actor) requireRole(actor, ['coordinator'], 'add a party');
    const now = isoTime();
    const row: PartyTable = {
      code: input.code,
      name: input.name,
      kind: input.kind,
      coalition_role: input.coalitionRole,
      parliament_approval: input.parliamentApproval === null ? null : input.parliamentApproval ? 1 : 0,
      source: input.source ?? null,
      created_at: now,
      updated_at: now,
    };
    await this.db.transaction().execute(async (trx) => {
      if (await repo.get(trx, input.code)) throw conflict(`Party ${input.code} exists already.`);
      await repo.insert(trx, row);
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'party',
        entityId: row.code,
        after: presentParty(row),
        record: PUBLIC,
      });
    });
    return presentParty(row, []);
  }

  /** Edits a party (coordinators). */
  async update(viewer: Viewer, code: string, patch: PartyPatch): Promise<Party> {
    requireRole(viewer, ['coordinator'], 'edit a party');
    await this.db.transaction().execute(async (trx) => {
      const before = await repo.get(trx, code);
      if (!before) throw notFound(`Party ${code}`);
      const change: Partial<PartyTable> = { updated_at: isoTime() };
      if (patch.name !== undefined) change.name = patch.name;
      if (patch.kind !== undefined) change.kind = patch.kind;
      if (patch.coalitionRole !== undefined) change.coalition_role = patch.coalitionRole;
      if (patch.parliamentApproval !== undefined)
        change.parliament_approval =
          patch.parliamentApproval === null ? null : patch.parliamentApproval ? 1 : 0;
      if (patch.source !== undefined) change.source = patch.source;
      await repo.update(trx, code, change);
      await recordAudit(trx, viewer, {
        action: 'update',
        entity: 'party',
        entityId: code,
        before: presentParty(before),
        after: presentParty({ ...before, ...change }),
        record: PUBLIC,
      });
    });
    return this.get(viewer, code);
  }

  /** Adds a representative to a party (coordinators). */
  async addRepresentative(
    actor: AuditActor,
    code: string,
    input: NewRepresentative,
  ): Promise<Representative> {
    if ('role' in actor) requireRole(actor, ['coordinator'], 'add a representative');
    const row: RepresentativeTable = {
      id: randomUUID(),
      party_code: code,
      name: input.name,
      office: input.office,
      source: input.source ?? null,
      created_at: isoTime(),
    };
    await this.db.transaction().execute(async (trx) => {
      if (!(await repo.get(trx, code))) throw invalidField('/code', `unknown party ${code}`);
      await repo.insertRepresentative(trx, row);
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'representative',
        entityId: row.id,
        after: presentRepresentative(row),
        record: PUBLIC,
      });
    });
    return presentRepresentative(row);
  }

  /** Removes a representative (coordinators). */
  async removeRepresentative(viewer: Viewer, code: string, id: string): Promise<void> {
    requireRole(viewer, ['coordinator'], 'remove a representative');
    await this.db.transaction().execute(async (trx) => {
      const before = await repo.getRepresentative(trx, id);
      if (!before || before.party_code !== code) throw notFound(`Representative ${id} of ${code}`);
      await repo.deleteRepresentative(trx, id);
      await recordAudit(trx, viewer, {
        action: 'delete',
        entity: 'representative',
        entityId: id,
        before: presentRepresentative(before),
        record: PUBLIC,
      });
    });
  }

  /** Number of parties. */
  count(): Promise<number> {
    return repo.count(this.db);
  }
}
