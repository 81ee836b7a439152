import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiProblem, retryWaitMs } from './client.js';

const problem = (status: number, headers: Record<string, string> = {}) =>
  new Response(
    JSON.stringify({ type: '/problems/database-unavailable', title: 'Service Unavailable', status }),
    {
      status,
      headers: { 'content-type': 'application/problem+json', ...headers },
    },
  );
const ok = () =>
  new Response(JSON.stringify({ items: [] }), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });

describe('api', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('asks a read again after Retry-After when the server answers 503, and gives up after two retries', async () => {
    vi.useFakeTimers();
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(problem(503, { 'retry-after': '2' }))
      .mockResolvedValueOnce(ok());
    vi.stubGlobal('fetch', fetch);
    const answer = api<{ items: unknown[] }>('GET', 'parties');
    await vi.advanceTimersByTimeAsync(1_999);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(answer).resolves.toEqual({ items: [] });
    expect(fetch).toHaveBeenCalledTimes(2);

    const down = vi.fn().mockImplementation(() => Promise.resolve(problem(503, { 'retry-after': '5' })));
    vi.stubGlobal('fetch', down);
    const failing = api('GET', 'parties').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10_000);
    const error = await failing;
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).status).toBe(503);
    expect(down).toHaveBeenCalledTimes(3);
  });

  it('never sends a write again by itself', async () => {
    const fetch = vi.fn().mockResolvedValue(problem(503, { 'retry-after': '1' }));
    vi.stubGlobal('fetch', fetch);
    await expect(api('POST', 'observations', { id: 'x' })).rejects.toBeInstanceOf(ApiProblem);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('waits what Retry-After says, one second without it, five at most', () => {
    expect(retryWaitMs('2')).toBe(2_000);
    expect(retryWaitMs(null)).toBe(1_000);
    expect(retryWaitMs('soon')).toBe(1_000);
    expect(retryWaitMs('120')).toBe(5_000);
  });
});
