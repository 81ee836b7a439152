import { describe, expect, it } from 'vitest';
import { startTestApp } from '../../../test/support/test-app.js';
import { loadScenario } from '../../platform/scenario/load-scenario.js';
import { MODULES } from '../registry.js';

describe('force exercise scenario', () => {
  it('loads a 15,000–30,000 personnel requirement with air and maritime lines, all EXERCISE, idempotently', async () => {
    const t = await startTestApp('sqlite');
    try {
      const messages: string[] = [];
      await loadScenario(
        t.ctx,
        MODULES.filter((m) => ['commitments', 'force'].includes(m.name)),
        (m) => messages.push(m),
      );
      await loadScenario(
        t.ctx,
        MODULES.filter((m) => ['force'].includes(m.name)),
        (m) => messages.push(m),
      );
      expect(messages).toContain('force: exercise scenario already loaded');
      const viewer = await t.signIn('EST', 'analyst');
      const board = await t.ctx.services.forceBoard.board(viewer.viewer);
      expect(board.personnel.required).toBeGreaterThanOrEqual(15_000);
      expect(board.personnel.required).toBeLessThanOrEqual(30_000);
      expect(board.domains.map((d) => d.domain)).toEqual(expect.arrayContaining(['air', 'sea', 'land']));
      const offers = await t.ctx.services.force.offers(viewer.viewer);
      expect(offers.every((o) => o.exercise && o.commitment.exercise)).toBe(true);
      const uk = offers.find((o) => o.unitName === 'UK armoured brigade')!;
      expect(uk.effectiveState).toBe('conditional-pending');
      const granted = await t.ctx.services.commitments.resolve(viewer.viewer, {
        assumeParties: ['USA'],
        approvalsByParty: { GBR: 'approved', FRA: 'approved' },
      });
      expect(granted.items.find((i) => i.id === uk.commitment.id)?.state).toBe('conditional-met');
      const no = await t.ctx.services.commitments.resolve(viewer.viewer, {
        approvalsByParty: { GBR: 'rejected' },
      });
      const fr = offers.find((o) => o.unitName === 'French brigade')!;
      expect(no.items.find((i) => i.id === fr.commitment.id)?.state).toBe('failed');
    } finally {
      await t.close();
    }
  });
});
