import { canSee } from '../../platform/access/releasability.js';
import type { Viewer } from '../../platform/access/viewer.js';
import type { Conflict, ConflictSide } from './deconfliction.schemas.js';
import type {
  ConflictAcknowledgementTable,
  ConflictTable,
  NotificationTable,
} from './deconfliction.tables.js';

/** What a party learns of a counterpart it may not see. */
export const REDACTED_LABEL = "another party's activity";

const HOUR_MS = 3_600_000;

function side(viewer: Viewer, n: NotificationTable): ConflictSide {
  if (!canSee(viewer, n)) {
    return {
      visible: false,
      label: REDACTED_LABEL,
      notificationId: null,
      party: null,
      kind: null,
      startsAt: null,
      endsAt: null,
    };
  }
  return {
    visible: true,
    label: n.title,
    notificationId: n.id,
    party: n.owner_party,
    kind: n.kind,
    startsAt: n.starts_at,
    endsAt: n.ends_at,
  };
}

/**
 * A conflict as one viewer may see it. The redaction rule (docs/deconfliction.md):
 * a party always learns that its notification conflicts with something; it learns the other
 * notification — title, kind, party, window — only when that notification is releasable to
 * it. Otherwise the side reads "another party's activity", the overlap window is widened
 * to whole UTC hours (it lies within the viewer's own window, which it knows), no area or
 * altitude is given, and acknowledgements by the hidden party carry no party code.
 */
export function presentConflict(
  viewer: Viewer,
  c: ConflictTable,
  a: NotificationTable,
  b: NotificationTable,
  acks: readonly ConflictAcknowledgementTable[],
): Conflict {
  const sides: [ConflictSide, ConflictSide] = [side(viewer, a), side(viewer, b)];
  const redacted = !sides[0].visible || !sides[1].visible;
  const known = new Set([viewer.party, ...sides.filter((s) => s.visible).map((s) => s.party)]);
  const start = Date.parse(c.overlap_start);
  const end = c.overlap_end === null ? null : Date.parse(c.overlap_end);
  return {
    id: c.id,
    status: c.status === 'resolved' ? 'resolved' : 'open',
    sides,
    overlap: redacted
      ? {
          start: new Date(Math.floor(start / HOUR_MS) * HOUR_MS).toISOString(),
          end: end === null ? null : new Date(Math.ceil(end / HOUR_MS) * HOUR_MS).toISOString(),
          redacted: true,
        }
      : { start: c.overlap_start, end: c.overlap_end, redacted: false },
    acknowledgements: acks.map((k) => ({
      party: known.has(k.party) ? k.party : null,
      at: k.acknowledged_at,
    })),
    resolution: c.resolution,
    resolvedAt: c.resolved_at,
    detectedBy: c.detected_by,
    detectedAt: c.detected_at,
    exercise: c.exercise === 1,
  };
}

/** Whether the viewer may know of the conflict at all (the in-memory twin of the list query). */
export function mayKnowConflict(
  viewer: Viewer,
  c: ConflictTable,
  a: NotificationTable,
  b: NotificationTable,
): boolean {
  return c.party_a === viewer.party || c.party_b === viewer.party || (canSee(viewer, a) && canSee(viewer, b));
}
