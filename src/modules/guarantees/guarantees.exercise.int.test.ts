import { describe, expect, it, afterAll, beforeAll } from 'vitest';
import { testDialects } from '../../../test/support/databases.js';
import { startTestApp, type TestApp } from '../../../test/support/test-app.js';
import { loadGuaranteesExercise } from './guarantees.exercise.js';
import { partyViewer } from './guarantees.present.js';

// The scenario loader is judged on a database of its own, so that records made by other tests
// cannot be mistaken for the loader's.
describe.each(testDialects())('the guarantees EXERCISE scenario on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    await t.signIn('GBR', 'coordinator');
    await t.signIn('FRA', 'coordinator');
  });
  afterAll(async () => t.close());

  it('loads the EXERCISE scenario once: consultations per agreement, responses, and a trigger above the worst day', async () => {
    await t.signIn('USA', 'viewer', { coalitionRole: 'partner' });
    const lines: string[] = [];
    await loadGuaranteesExercise(t.ctx, (m) => lines.push(m));
    const responses = await t.ctx.services.guarantees.responses.list(partyViewer('NATO'));
    const exercise = responses.filter((r) => r.exercise);
    // Count parties, not rows: a party may hold several consultation commitments.
    expect([
      ...new Set(
        exercise
          .filter((r) => r.response === 'consultation')
          .map((r) => r.party)
          .sort(),
      ),
    ]).toEqual(['FRA', 'GBR', 'USA']);
    expect(exercise.every((r) => r.title.startsWith('EXERCISE'))).toBe(true);
    expect(exercise.find((r) => r.party === 'GBR' && r.response === 'troops')).toMatchObject({
      conditions: { type: 'party', party: 'USA' },
      approvals: [{ bodyName: 'House of Commons', state: 'tabled' }],
    });
    const trigger = (await t.ctx.services.guarantees.triggers.list(partyViewer('GBR'))).find((x) =>
      x.name.startsWith('EXERCISE'),
    );
    expect(trigger).toMatchObject({ exercise: true, rule: { windowHours: 24 } });
    expect(trigger!.description).toContain('one short of it');
    await loadGuaranteesExercise(t.ctx, () => undefined);
    expect((await t.ctx.services.guarantees.responses.list(partyViewer('NATO'))).length).toBe(
      responses.length,
    );
  });
});
