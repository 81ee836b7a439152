import type { Viewer } from '../../platform/access/viewer.js';
import type { AppContext } from '../../platform/context.js';
import { ProblemError } from '../../platform/http/problem.js';
import type { Incident, IncidentComment, IncidentRevision, Observation } from './monitoring.schemas.js';

/** A ledger inclusion proof of one record, as the ledger answers it (or null when none). */
export type RecordProofOf = Awaited<ReturnType<AppContext['services']['ledgerProofs']['recordProof']>>;

/** Evidence of an observation: its attachments by SHA-256 and its own content hash in the ledger. */
export interface EvidenceItem {
  observationId: string;
  sha256: string;
  name: string | null;
  mediaType: string | null;
  sizeBytes: number | null;
}

/** The case file of an incident for the Special Commission. */
export interface CaseFile {
  generatedAt: string;
  generatedFor: { party: string; username: string };
  exercise: boolean;
  incident: Incident;
  observations: Observation[];
  evidence: EvidenceItem[];
  history: IncidentRevision[];
  comments: IncidentComment[];
  /** Inclusion proofs in the verifiable ledger, per record (observation id, incident revision). */
  ledger: { kind: string; recordId: string; proof: RecordProofOf | null }[];
}

/**
 * Assembles the case file of an incident: the incident, every observation of it the viewer
 * may see, the evidence hashes, the immutable history, comments and disputes, and the
 * ledger's inclusion proofs of each observation and revision. Built from the viewer's view,
 * so a case file never reveals a record the reader may not see.
 */
export class CaseFileService {
  constructor(private readonly ctx: AppContext) {}

  /** The case file of an incident the viewer may see; 404 otherwise. */
  async build(viewer: Viewer, incidentId: string): Promise<CaseFile> {
    const { incidents, observations } = this.ctx.services;
    const incident = await incidents.get(viewer, incidentId);
    const members: Observation[] = [];
    for await (const o of observations.stream(viewer, { incidentId: incident.id })) members.push(o);
    members.sort((a, b) => a.observedAt.localeCompare(b.observedAt) || a.id.localeCompare(b.id));
    const [history, comments] = await Promise.all([
      incidents.revisions(viewer, incident.id),
      incidents.comments(viewer, incident.id),
    ]);
    const evidence = members.flatMap((o) =>
      (o.attachments ?? []).map((a) => ({
        observationId: o.id,
        sha256: a.sha256,
        name: a.name ?? null,
        mediaType: a.mediaType ?? null,
        sizeBytes: a.sizeBytes ?? null,
      })),
    );
    const records = [
      ...members.map((o) => ({ kind: 'observation', recordId: o.id })),
      ...history.map((r) => ({ kind: 'incident.revision', recordId: `${incident.id}#${r.revision}` })),
    ];
    const ledger = [];
    for (const r of records) ledger.push({ ...r, proof: await this.proof(viewer, r.kind, r.recordId) });
    return {
      generatedAt: new Date().toISOString(),
      generatedFor: { party: viewer.party, username: viewer.username },
      exercise: incident.exercise || members.some((o) => o.exercise),
      incident,
      observations: members,
      evidence,
      history,
      comments,
      ledger,
    };
  }

  private async proof(viewer: Viewer, kind: string, recordId: string): Promise<RecordProofOf | null> {
    const proofs = this.ctx.services.ledgerProofs;
    if (!proofs) return null;
    try {
      return await proofs.recordProof(viewer, kind, recordId);
    } catch (error) {
      if (error instanceof ProblemError && error.status === 404) return null;
      throw error;
    }
  }
}
