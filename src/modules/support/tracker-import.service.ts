import { createHash, randomUUID } from 'node:crypto';
import type { AppContext } from '../../platform/context.js';
import { isoTime } from '../../platform/db/columns.js';
import { requireRole, type Viewer } from '../../platform/access/viewer.js';
import { recordAudit } from '../../platform/audit/audit.service.js';
import type { TrackerRow } from './parse-kiel.js';
import { pledgesRepository as repo } from './pledges.repository.js';
import { readKielFile, sniffKielFormat, type KielFormat } from './read-kiel-file.js';
import { presentImport, presentPledge } from './support.present.js';
import type { TrackerImport } from './support.schemas.js';
import type { PledgeTable, TrackerImportTable } from './support.tables.js';

/** Who imports: a signed-in user, or the CLI on behalf of a party. */
export type Importer = Viewer | { system: string; party: string };

/** Reports progress of an import: rows written so far of the total. */
export type ImportProgress = (done: number, total: number) => void;

/** The tracker fields of a pledge, compared between releases. */
type TrackerFields = Pick<
  PledgeTable,
  | 'donor_party'
  | 'donor_name'
  | 'aid_type_general'
  | 'aid_type_specific'
  | 'measure'
  | 'announced_on'
  | 'month'
  | 'explanation'
  | 'source'
  | 'reporting_currency'
  | 'reported_value'
  | 'eur_per_unit'
  | 'activity_value_eur'
  | 'value_eur'
  | 'delivered_value_eur'
  | 'item'
  | 'item_type'
  | 'item_count'
  | 'item_count_delivered'
>;

function fieldsOf(r: TrackerRow): TrackerFields {
  return {
    donor_party: r.donorParty,
    donor_name: r.donorName,
    aid_type_general: r.aidTypeGeneral,
    aid_type_specific: r.aidTypeSpecific,
    measure: r.measure,
    announced_on: r.announcedOn,
    month: r.month,
    explanation: r.explanation,
    source: r.source,
    reporting_currency: r.reportingCurrency,
    reported_value: r.reportedValue,
    eur_per_unit: r.eurPerUnit,
    activity_value_eur: r.activityValueEur,
    value_eur: r.valueEur,
    delivered_value_eur: r.deliveredValueEur,
    item: r.item,
    item_type: r.itemType,
    item_count: r.itemCount,
    item_count_delivered: r.itemCountDelivered,
  };
}

function same(a: TrackerFields, b: PledgeTable): boolean {
  return (Object.keys(a) as (keyof TrackerFields)[]).every((k) => {
    const x = a[k];
    const y = b[k];
    // Doubles come back from PostgreSQL as written; compare numbers with a relative tolerance.
    if (typeof x === 'number' && typeof y === 'number')
      return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
    return x === y;
  });
}

/**
 * Imports a Kiel Institute Ukraine Support Tracker release (CSV or XLSX). All or nothing:
 * a file with any bad line is refused with every bad line and column named, and nothing is
 * stored. Rows keep a stable identity across releases, so a newer release updates rows,
 * adds new ones and marks rows it no longer has as withdrawn; the same file twice changes
 * nothing (the same file as the latest import is recognised by its SHA-256 and not read). Tracker rows are public records of a public data set.
 */
export class TrackerImportService {
  constructor(private readonly ctx: AppContext) {}

  /** Past imports, newest first. */
  async imports(viewer: Viewer, limit = 50): Promise<TrackerImport[]> {
    requireRole(
      viewer,
      ['coordinator', 'analyst', 'planner', 'integration', 'viewer', 'verifier', 'monitor'],
      'read imports',
    );
    return (await repo.imports(this.ctx.db, limit)).map(presentImport);
  }

  /** Imports one tracker file; see the class comment. */
  async importFile(
    importer: Importer,
    file: { name: string; bytes: Uint8Array; format?: KielFormat },
    progress: ImportProgress = () => undefined,
  ): Promise<TrackerImport> {
    if (!('system' in importer))
      requireRole(importer, ['coordinator', 'analyst', 'integration'], 'import the support tracker');
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    const earlier = await repo.latestImport(this.ctx.db);
    if (earlier?.file_sha256 === sha256) return { ...presentImport(earlier), duplicateOf: earlier.id };
    const format = file.format ?? sniffKielFormat(file.bytes);
    const { rows } = await readKielFile(file.bytes, format);
    const now = isoTime();
    const party = importer.party;
    const run: TrackerImportTable = {
      id: randomUUID(),
      file_name: file.name.slice(0, 300),
      file_sha256: sha256,
      format,
      rows: rows.length,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      withdrawn: 0,
      imported_at: now,
      imported_by: 'system' in importer ? `system:${importer.system}` : importer.username,
      importer_party: party,
    };
    await this.ctx.db.transaction().execute(async (trx) => {
      const existing = await repo.trackerRows(trx);
      const inserts: PledgeTable[] = [];
      const updates: [PledgeTable, Partial<PledgeTable>][] = [];
      const present = new Set<string>();
      for (const r of rows) {
        present.add(r.rowKey);
        const fields = fieldsOf(r);
        const before = existing.get(r.rowKey);
        if (!before) {
          inserts.push({
            id: randomUUID(),
            commitment_id: null,
            requirement_id: null,
            coalition_id: null,
            agreement_id: null,
            ...fields,
            tracker_key: r.rowKey,
            tracker_import_id: run.id,
            withdrawn_at: null,
            exercise: 0,
            created_at: now,
            updated_at: now,
            owner_party: party,
            releasability: 'public',
            releasable_to: '',
          });
        } else if (before.withdrawn_at !== null || !same(fields, before)) {
          updates.push([
            before,
            { ...fields, withdrawn_at: null, tracker_import_id: run.id, updated_at: now },
          ]);
        } else {
          run.unchanged++;
        }
      }
      const withdrawals: [PledgeTable, Partial<PledgeTable>][] = [...existing.values()]
        .filter((p) => p.withdrawn_at === null && !present.has(p.tracker_key!))
        .map((p) => [p, { withdrawn_at: now, tracker_import_id: run.id, updated_at: now }]);
      run.inserted = inserts.length;
      run.updated = updates.length;
      run.withdrawn = withdrawals.length;
      await repo.insertImport(trx, run);
      const total = inserts.length + updates.length + withdrawals.length;
      let done = 0;
      for (let i = 0; i < inserts.length; i += 200) {
        await repo.insert(trx, inserts.slice(i, i + 200));
        done += Math.min(200, inserts.length - i);
        progress(done, total);
      }
      for (const [before, patch] of [...updates, ...withdrawals]) {
        await repo.update(trx, before.id, patch);
        if (++done % 200 === 0) progress(done, total);
      }
      progress(total, total);
      const record = { owner_party: party, releasability: 'public', releasable_to: '' };
      await recordAudit(trx, 'system' in importer ? { system: importer.system } : importer, {
        action: 'import',
        entity: 'support.tracker-import',
        entityId: run.id,
        after: presentImport(run),
        record,
      });
      // The ledger proves which file (by its SHA-256) the shared record was built from. New
      // rows are proven by it; a changed or withdrawn row gets a leaf of its own, since it may
      // have one already (a delivery recorded against it) that it would no longer match.
      await this.ctx.services.ledger.record(trx, [
        { kind: 'support.tracker-import', recordId: run.id, content: presentImport(run) },
        ...[...updates, ...withdrawals].map(([before, patch]) => ({
          kind: 'support.pledge',
          recordId: before.id,
          content: presentPledge({ ...before, ...patch }),
        })),
      ]);
    });
    return presentImport(run);
  }
}
