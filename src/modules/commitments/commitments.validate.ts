import type { Viewer } from '../../platform/access/viewer.js';
import type { Executor } from '../../platform/db/database.js';
import { invalidField } from '../../platform/http/problem.js';
import type { Condition } from './commitments.model.js';
import { commitmentsRepository as repo } from './commitments.repository.js';

/**
 * Checks that every commitment and approval a condition tree names exists and is visible to
 * the writer (a condition on a record you cannot see would leak its state), and that a
 * commitment does not name itself. Throws a 400 naming the offending leaf by JSON pointer.
 */
export async function validateConditions(
  db: Executor,
  viewer: Viewer | null,
  condition: Condition | null | undefined,
  selfId: string,
  pointer = '/conditions',
): Promise<void> {
  if (!condition) return;
  switch (condition.type) {
    case 'all':
    case 'any':
      for (const [i, c] of condition.of.entries())
        await validateConditions(db, viewer, c, selfId, `${pointer}/of/${i}`);
      return;
    case 'commitment': {
      if (condition.commitmentId === selfId)
        throw invalidField(`${pointer}/commitmentId`, 'a commitment cannot be conditional on itself');
      const found = viewer
        ? await repo.get(db, viewer, condition.commitmentId)
        : await db
            .selectFrom('commitments')
            .select('id')
            .where('id', '=', condition.commitmentId)
            .executeTakeFirst();
      if (!found)
        throw invalidField(
          `${pointer}/commitmentId`,
          `no commitment ${condition.commitmentId} is visible to you`,
        );
      return;
    }
    case 'approval': {
      const found = viewer
        ? await repo.getApproval(db, viewer, condition.approvalId)
        : await db
            .selectFrom('domestic_approvals')
            .select('id')
            .where('id', '=', condition.approvalId)
            .executeTakeFirst();
      if (!found)
        throw invalidField(`${pointer}/approvalId`, `no approval ${condition.approvalId} is visible to you`);
      return;
    }
    case 'party':
    case 'count':
    case 'total':
    case 'event':
    case 'deadline':
      return;
  }
}

/** Checks a period (start before end) and that a quantity names its unit. */
export function validateAmounts(input: {
  quantity?: number | null;
  unit?: string | null;
  period?: { start?: string; end?: string };
}): void {
  if (input.quantity !== undefined && input.quantity !== null && !input.unit)
    throw invalidField('/unit', 'a quantity needs its unit (e.g. personnel, aircraft)');
  const { start, end } = input.period ?? {};
  if (start && end && Date.parse(start) > Date.parse(end))
    throw invalidField('/period/end', 'the period ends before it starts');
}
