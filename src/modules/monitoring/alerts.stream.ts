import type { EventEmitter } from 'node:events';
import { canSee, visibleTo } from '../../platform/access/releasability.js';
import type { Viewer } from '../../platform/access/viewer.js';
import type { AppContext } from '../../platform/context.js';
import type { ReleasableColumns } from '../../platform/db/schema.js';
import { isoTime } from '../../platform/db/columns.js';
import { badRequest } from '../../platform/http/problem.js';
import { presentAlert, type AlertEvent } from './alerts.present.js';
import {
  compareCursors,
  cursorOf,
  formatCursor,
  laterCursor,
  parseCursor,
  REPLAY_MAX_AGE_MS,
  REPLAY_MAX_EVENTS,
  type AlertCursor,
} from './alerts.replay.js';
import type { AlertEventTable } from './outputs.tables.js';

// How far this server's clock may be from the database's, which stamps alerts (ms).
const CLOCK_MARGIN_MS = 60_000;

/** Where a client asks the stream to resume, and under which name it sent it (for a 400). */
export interface ResumeRequest {
  value: string;
  /** `Last-Event-ID` (the header EventSource sends) or `lastEventId` (the query parameter). */
  field: 'Last-Event-ID' | 'lastEventId';
}

/** What a stream reports beside the alerts: the end of the replay. */
export interface ReplayEnd {
  /** Alerts replayed. */
  count: number;
  /** True when older alerts after the position were left out (`REPLAY_MAX_*`). */
  truncated: boolean;
}

/** Receives a stream's alerts with the position to send as their `id:`, and the end of a replay. */
export interface AlertSink {
  alert(alert: AlertEvent, position: string): void;
  replayed(end: ReplayEnd): void;
  /** Ends the answer (the replay could not be read); the client reconnects by itself. */
  end(): void;
}

/**
 * The live alert stream of one subscriber, resumable: on a reconnection it first replays the
 * stored alerts after the client's position, then continues live with no gap and no
 * duplicate. Replayed and live alerts pass the one rule `mayReceive`.
 */
export class AlertFeed {
  constructor(
    private readonly ctx: AppContext,
    /** Emits `alert` with each new stored alert row (`AlertsService.announce`). */
    private readonly live: EventEmitter,
  ) {}

  /**
   * Reads the position a client sent; null when none. A bare alert id (what the stream sent
   * before positions) is resolved to that alert if the viewer may see it. Throws 400 naming the
   * header or parameter otherwise: once the stream has started a problem cannot be shown.
   */
  async resumePoint(viewer: Viewer, sent: ResumeRequest | null): Promise<AlertCursor | null> {
    if (!sent || sent.value === '') return null;
    const parsed = parseCursor(sent.value);
    if (parsed && 'cursor' in parsed) return parsed.cursor;
    const row = parsed
      ? await this.ctx.db
          .selectFrom('alert_events as a')
          .selectAll()
          .where('a.id', '=', parsed.alertId)
          .where(visibleTo(viewer, 'a'))
          .executeTakeFirst()
      : undefined;
    if (row && mayReceive(viewer, row)) return cursorOf(row);
    const detail = parsed
      ? 'names no alert of your party'
      : 'is not a position of the alert stream (send back the id of the last event received)';
    throw badRequest(`${sent.field} ${detail}`, [
      { field: sent.field, ...(sent.field === 'lastEventId' ? { pointer: '/lastEventId' } : {}), detail },
    ]);
  }

  /**
   * Sends the viewer's alerts after `after` (none when null), oldest first, then each new one;
   * returns the unsubscribe function. The position sent with each alert is the latest sent so
   * far, so that a client resuming from it is never sent again what it already had.
   *
   * When this server stops hearing the bus (`lost` on the live emitter) it misses the alerts
   * other servers announce, though the client stays connected; when it hears it again
   * (`resumed`) the stream reads the alerts stored since its position at the loss and sends
   * those it has not sent, so a connected client has no gap either.
   */
  open(viewer: Viewer, after: AlertCursor | null, sink: AlertSink): () => void {
    // Where a stream that has sent nothing catches up from: its opening, less a margin for
    // the difference between this server's clock and the database's, which stamps alerts.
    const opened: AlertCursor = { at: isoTime(Date.now() - CLOCK_MARGIN_MS), id: '' };
    let position = after;
    let closed = false;
    // Live alerts that arrive while a backlog is read wait here (null: send at once).
    let waiting: AlertEventTable[] | null = null;
    // Alerts already sent that a backlog being read may hold again.
    const sent = new Set<string>();
    let lostFrom: AlertCursor | null = null;
    let catchUpAgain = false;
    const send = (row: AlertEventTable) => {
      if (closed || sent.has(row.id)) return;
      if (waiting || lostFrom) sent.add(row.id);
      position = laterCursor(cursorOf(row), position);
      sink.alert(presentAlert(row), formatCursor(position));
    };
    // Subscribed before the backlog is read, so that nothing fired in between is missed.
    const handler = (row: AlertEventTable) => {
      if (!mayReceive(viewer, row)) return;
      if (waiting) waiting.push(row);
      else send(row);
    };
    const catchUp = (from: AlertCursor, first: boolean) => {
      waiting = [];
      this.backlog(viewer, from).then(
        ({ rows, truncated }) => {
          for (const row of rows) {
            send(row);
            sent.add(row.id);
          }
          const held = waiting ?? [];
          waiting = null;
          if (!closed && first) sink.replayed({ count: rows.length, truncated });
          for (const row of held) send(row);
          if (catchUpAgain && !closed) {
            catchUpAgain = false;
            catchUp(lostFrom ?? position ?? opened, false);
          } else if (!first) {
            // `sent` is kept: an alert of the backlog may still be announced late.
            lostFrom = null;
          }
        },
        (error: unknown) => {
          this.ctx.log.warn({ err: error }, 'alert replay failed');
          // Going on would leave a gap: end, and the client reconnects from its position.
          closed = true;
          unsubscribe();
          sink.end();
        },
      );
    };
    const lost = () => {
      lostFrom ??= position ?? opened;
    };
    const resumed = () => {
      if (closed || !lostFrom) return;
      if (waiting) catchUpAgain = true;
      else catchUp(lostFrom, false);
    };
    const unsubscribe = () => {
      this.live.off('alert', handler);
      this.live.off('lost', lost);
      this.live.off('resumed', resumed);
    };
    this.live.on('alert', handler);
    this.live.on('lost', lost);
    this.live.on('resumed', resumed);
    if (after) catchUp(after, true);
    return () => {
      closed = true;
      unsubscribe();
    };
  }

  /** The viewer's stored alerts after `after`, oldest first, within the replay bounds. */
  private async backlog(
    viewer: Viewer,
    after: AlertCursor,
  ): Promise<{ rows: AlertEventTable[]; truncated: boolean }> {
    const since = isoTime(Date.now() - REPLAY_MAX_AGE_MS);
    const later = this.ctx.db
      .selectFrom('alert_events as a')
      .where(visibleTo(viewer, 'a'))
      .where((eb) =>
        eb.or([eb('a.at', '>', after.at), eb.and([eb('a.at', '=', after.at), eb('a.id', '>', after.id)])]),
      );
    const newest = await later
      .selectAll()
      .where('a.at', '>=', since)
      .orderBy('a.at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(REPLAY_MAX_EVENTS + 1)
      .execute();
    const tooOld =
      after.at < since &&
      (await later.select('a.id').where('a.at', '<', since).limit(1).executeTakeFirst()) !== undefined;
    const rows = newest
      .slice(0, REPLAY_MAX_EVENTS)
      .filter((row) => mayReceive(viewer, row))
      .sort((a, b) => compareCursors(cursorOf(a), cursorOf(b)));
    return { rows, truncated: tooOld || newest.length > REPLAY_MAX_EVENTS };
  }
}

/** Whether the viewer may receive the alert, live or replayed: the platform's releasability. */
function mayReceive(viewer: Viewer, row: ReleasableColumns): boolean {
  return canSee(viewer, row);
}
