import type { ConflictSide } from '../../../modules/deconfliction/deconfliction.schemas.js';

/**
 * One side of a conflict as the pages print it: "party: title", or — for a side not
 * releasable to the viewer, which the server sends without party or title — the translated
 * `otherParty` words.
 */
export function sideText(side: ConflictSide, otherParty: string): string {
  if (!side.visible) return otherParty;
  return side.party ? `${side.party}: ${side.label}` : side.label;
}
