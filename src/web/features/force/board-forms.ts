import type { BoardLine, BoardOffer } from '../../../modules/force/force-board.js';
import type { Line, Offer } from '../../../modules/force/force.schemas.js';

/** Board form of a line (the browser twin of the server's presenter). */
export function boardLine(l: Line): BoardLine {
  return {
    id: l.id,
    ref: l.ref,
    domain: l.domain,
    capability: l.capability,
    quantity: l.quantity,
    unit: l.unit,
    area: l.area,
    priority: l.priority,
    readinessDays: l.readinessDays,
    decision: l.decision,
  };
}

/** Board form of an offer; an expired readiness counts as registered. */
export function boardOffer(o: Offer): BoardOffer {
  return {
    id: o.id,
    commitmentId: o.commitment.id,
    party: o.party,
    unitName: o.unitName,
    lineId: o.lineId,
    serves: o.serves,
    noticeDays: o.noticeDays,
    readiness: o.readiness.expired ? 'registered' : o.readiness.level,
    caveats: o.caveats,
  };
}
