import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ObservationInput } from '../../../../modules/monitoring/monitoring.schemas.js';
import { BACKOFF_MAX_MS, backoffDelay, dueItems, enqueue, markSending, nextWake, settle } from './outbox.js';

function observation(id: string): ObservationInput {
  return {
    id,
    observedAt: '2026-11-27T08:00:00Z',
    location: { type: 'Point', coordinates: [37.6, 47.9] },
    source: { kind: 'patrol', id: 'P-1', reliability: 'B', credibility: 2 },
    category: 'small-arms-fire',
    releasability: 'coalition',
  };
}

describe('the field outbox', () => {
  it('queues a written observation under its client id, due at once', () => {
    const item = enqueue(observation('a'), 1000);
    expect(item).toMatchObject({ id: 'a', state: 'queued', attempts: 0, nextAttemptAt: 1000 });
    expect(dueItems([item], 1000)).toEqual([item]);
  });

  it('acknowledges stored (201) and replayed (200) answers', () => {
    const item = markSending(enqueue(observation('a'), 0), 1);
    expect(settle(item, { kind: 'answer', status: 201, body: {} }, 2).state).toBe('acknowledged');
    expect(settle(item, { kind: 'answer', status: 200, body: { status: 'replayed' } }, 2).state).toBe(
      'acknowledged',
    );
  });

  it('keeps the server reason of a refusal and marks a 409 as a conflict', () => {
    const item = markSending(enqueue(observation('a'), 0), 1);
    const failed = settle(
      item,
      {
        kind: 'answer',
        status: 400,
        body: {
          title: 'Bad Request',
          detail: 'invalid',
          errors: [{ pointer: '/location', detail: 'latitude' }],
        },
      },
      2,
    );
    expect(failed.state).toBe('failed');
    expect(failed.problem).toEqual({
      status: 400,
      title: 'Bad Request',
      detail: 'invalid',
      errors: [{ pointer: '/location', detail: 'latitude' }],
    });
    expect(dueItems([failed], 10 ** 12, true)).toEqual([]);
    expect(settle(item, { kind: 'answer', status: 409, body: { title: 'Conflict' } }, 2).state).toBe(
      'conflict',
    );
  });

  it('requeues with back-off when there is no answer or the server is unavailable', () => {
    const item = markSending(enqueue(observation('a'), 0), 0);
    const once = settle(item, { kind: 'no-answer' }, 100);
    expect(once).toMatchObject({ state: 'queued', attempts: 1, nextAttemptAt: 100 + backoffDelay(1) });
    expect(dueItems([once], 101)).toEqual([]);
    expect(dueItems([once], 101, true)).toHaveLength(1);
    const twice = settle(markSending(once, 200), { kind: 'answer', status: 503, body: {} }, 300);
    expect(twice).toMatchObject({ state: 'queued', attempts: 2 });
    expect(nextWake([twice])).toBe(300 + backoffDelay(2));
  });

  it('sends again an item a closed tab left sending, oldest first', () => {
    const old = markSending(enqueue(observation('old'), 1), 2);
    const young = enqueue(observation('young'), 5);
    expect(dueItems([young, old], 10).map((i) => i.id)).toEqual(['old', 'young']);
  });

  it('backs off monotonically up to the ceiling', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), (n) => {
        expect(backoffDelay(n + 1)).toBeGreaterThanOrEqual(backoffDelay(n));
        expect(backoffDelay(n)).toBeLessThanOrEqual(BACKOFF_MAX_MS);
      }),
    );
  });
});
