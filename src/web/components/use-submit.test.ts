import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/client.js';
import { asError, submitWrite, type SubmitSteps } from './use-submit.js';

/** Steps that record each call in order, as `name=value`. */
function recorder(): { steps: SubmitSteps; log: string[] } {
  const log: string[] = [];
  return {
    log,
    steps: {
      setBusy: (b) => log.push(`busy=${b}`),
      setError: (e) => log.push(`error=${e ? e.message : '-'}`),
      setDone: (d) => log.push(`done=${d}`),
    },
  };
}

const refusal = new ApiProblem({
  type: 'about:blank',
  title: 'Bad Request',
  status: 400,
  detail: 'rule.minCount must be at least 1',
  errors: [{ pointer: '/rule/minCount', detail: 'must be at least 1' }],
});

describe('submitWrite', () => {
  it('is busy while the write runs, then clears the problem, marks done and hands on the answer', async () => {
    const { steps, log } = recorder();
    const answers: number[] = [];
    const ok = await submitWrite(
      () => {
        log.push('write');
        return Promise.resolve(42);
      },
      steps,
      { onDone: (a) => answers.push(a) },
    );
    expect(ok).toBe(true);
    expect(answers).toEqual([42]);
    expect(log).toEqual(['busy=true', 'write', 'error=-', 'done=true', 'busy=false']);
  });

  it('keeps the problem itself (with the fields it names) when the write is refused', async () => {
    const { steps, log } = recorder();
    let failed = 0;
    let done = 0;
    const ok = await submitWrite(() => Promise.reject(refusal), steps, {
      onDone: () => done++,
      onFail: () => failed++,
    });
    expect(ok).toBe(false);
    expect([done, failed]).toEqual([0, 1]);
    expect(log).toEqual(['busy=true', 'done=false', 'error=rule.minCount must be at least 1', 'busy=false']);
  });

  it('hides the last problem and notice as the write starts only when asked to', async () => {
    const kept = recorder();
    await submitWrite(() => Promise.resolve(), kept.steps);
    expect(kept.log[0]).toBe('busy=true');
    const cleared = recorder();
    await submitWrite(() => Promise.resolve(), cleared.steps, { clearOnStart: true });
    expect(cleared.log.slice(0, 3)).toEqual(['error=-', 'done=false', 'busy=true']);
  });

  it('reports a write that throws before answering as refused', async () => {
    const { steps, log } = recorder();
    const ok = await submitWrite(() => {
      throw new Error('no geometry');
    }, steps);
    expect(ok).toBe(false);
    expect(log).toContain('error=no geometry');
    expect(log[log.length - 1]).toBe('busy=false');
  });
});

describe('asError', () => {
  it('keeps an ApiProblem as it is and wraps anything else', () => {
    expect(asError(refusal)).toBe(refusal);
    expect(asError('offline')).toEqual(new Error('offline'));
  });
});
