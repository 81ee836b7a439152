/** A milestone's label key and values: hours under a week as "T+72 h", longer as "T+7 d". */
export function milestoneLabel(hours: number): { key: string; values: Record<string, number> } {
  return hours < 168 || hours % 24 !== 0
    ? { key: 'guarantees.tPlusHours', values: { h: hours } }
    : { key: 'guarantees.tPlusDays', values: { d: hours / 24 } };
}
