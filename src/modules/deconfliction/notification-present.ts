import { canSee, fromColumns } from '../../platform/access/releasability.js';
import type { Notification, NotificationGeometry } from './deconfliction.schemas.js';
import type { NotificationReceiptTable, NotificationTable } from './deconfliction.tables.js';

/** A party as addressing needs it: its code and whether it is a coalition member. */
export interface PartyStanding {
  code: string;
  inCoalition: boolean;
}

/**
 * The parties expected to acknowledge receipt of a notification: every party it is
 * releasable to, other than its owner (none for a national-only record).
 */
export function addresseesOf(n: NotificationTable, parties: readonly PartyStanding[]): string[] {
  return parties
    .filter((p) => p.code !== n.owner_party)
    .filter((p) =>
      canSee({ userId: '', username: '', party: p.code, role: 'viewer', inCoalition: p.inCoalition }, n),
    )
    .map((p) => p.code)
    .sort();
}

/** A stored notification as the API shows it. */
export function presentNotification(
  n: NotificationTable,
  receipts: readonly NotificationReceiptTable[],
  parties: readonly PartyStanding[],
): Notification {
  return {
    id: n.id,
    clientId: n.client_id,
    party: n.owner_party,
    kind: n.kind as Notification['kind'],
    category: n.category,
    title: n.title,
    description: n.description,
    geometry: JSON.parse(n.geometry_json) as NotificationGeometry,
    radiusM: n.radius_m,
    corridorWidthM: n.corridor_width_m,
    altitude: {
      lowerM: n.lower_m,
      upperM: n.upper_m,
      datum: n.altitude_datum as Notification['altitude']['datum'],
    },
    startsAt: n.starts_at,
    endsAt: n.ends_at,
    schedule: n.schedule_json === null ? [] : (JSON.parse(n.schedule_json) as Notification['schedule']),
    lateralBufferM: n.lateral_buffer_m,
    verticalBufferM: n.vertical_buffer_m,
    emergency: n.emergency === 1,
    status: n.status as Notification['status'],
    releasability: fromColumns(n),
    addressees: addresseesOf(n, parties),
    receipts: receipts
      .filter((r) => r.notification_id === n.id)
      .map((r) => ({ party: r.party, receivedAt: r.received_at, receivedBy: r.received_by })),
    submittedBy: n.submitted_by,
    submittedAt: n.submitted_at,
    updatedAt: n.updated_at,
    exercise: n.exercise === 1,
  };
}

/** A notification as a GeoJSON Feature (RFC 7946), properties without the geometry. */
export function notificationFeature(n: Notification) {
  const { geometry, ...properties } = n;
  return { type: 'Feature' as const, id: n.id, geometry, properties };
}
