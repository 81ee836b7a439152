import type { SummaryObservation } from './incidents.summary.js';
import type { ObservationTable } from './monitoring.tables.js';
import type { MemberRow } from './observations.repository.js';
import { summaryInput } from './observations.present.js';

/** What corroboration reads of an incident's member observation to summarise the incident. */
export interface Member {
  summary: SummaryObservation;
  receivedAt: string;
  ownerParty: string;
  releasability: string;
  releasableTo: string;
  exercise: boolean;
}

/** The member form of a stored member row or of a new observation's row. */
export function memberOf(row: MemberRow | ObservationTable): Member {
  return {
    summary: summaryInput(row),
    receivedAt: row.received_at,
    ownerParty: row.owner_party,
    releasability: row.releasability,
    releasableTo: row.releasable_to,
    exercise: row.exercise === 1,
  };
}

/** The members of incidents as of a revision, to keep after the transaction commits. */
export type MemberUpdates = Map<string, { revision: number; members: readonly Member[] } | null>;

/**
 * The members of recently corroborated incidents, by incident and revision, so that adding
 * observations to a long-running incident does not read all its earlier observations again
 * (which made a month of ingest quadratic in the size of the busiest incidents). An entry is
 * used only for the very revision it was made from: every change of an incident's members
 * (new observations, a merge) gives it a new revision in the same transaction, so a revision
 * read in a transaction names one set of members, whichever server wrote it. Entries are
 * kept only once their transaction committed (`apply`); the least recently used go beyond
 * `capacity` members in all.
 */
export class MemberCache {
  private readonly entries = new Map<string, { revision: number; members: readonly Member[] }>();
  private held = 0;

  constructor(private readonly capacity = 250_000) {}

  /** The members of incident `id` at `revision`, when held. */
  get(id: string, revision: number): readonly Member[] | undefined {
    const entry = this.entries.get(id);
    if (!entry || entry.revision !== revision) return undefined;
    this.entries.delete(id);
    this.entries.set(id, entry);
    return entry.members;
  }

  /** Keeps what a committed transaction made (null: forget the incident). */
  apply(updates: MemberUpdates): void {
    for (const [id, entry] of updates) {
      const old = this.entries.get(id);
      if (old) {
        this.held -= old.members.length;
        this.entries.delete(id);
      }
      if (!entry || entry.members.length > this.capacity / 4) continue;
      this.entries.set(id, entry);
      this.held += entry.members.length;
    }
    for (const [id, entry] of this.entries) {
      if (this.held <= this.capacity) break;
      this.entries.delete(id);
      this.held -= entry.members.length;
    }
  }
}
