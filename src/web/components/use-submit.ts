import { useCallback, useState } from 'react';
import { fieldError } from './form.js';

/** A thrown value as an `Error`: an `ApiProblem` stays itself, anything else is wrapped. */
export function asError(thrown: unknown): Error {
  return thrown instanceof Error ? thrown : new Error(String(thrown));
}

/** What a write reports while it runs: each step is a state setter of the form. */
export interface SubmitSteps {
  setBusy: (busy: boolean) => void;
  setError: (error: Error | undefined) => void;
  setDone: (done: boolean) => void;
}

/**
 * Runs one write and reports its steps: busy while it runs; on success no error, done, then
 * `onDone` with the answer; on refusal the problem as the error (with `onFail`). With
 * `clearOnStart`, the last problem and success notice go away as the write starts; otherwise
 * they stay until it ends. Answers whether the write succeeded.
 *
 * @example await submitWrite(() => api('POST', 'users', body), steps, { onDone: reload });
 */
export async function submitWrite<T>(
  write: () => Promise<T>,
  steps: SubmitSteps,
  { clearOnStart = false, onDone, onFail }: SubmitOptions & RunCallbacks<T> = {},
): Promise<boolean> {
  if (clearOnStart) {
    steps.setError(undefined);
    steps.setDone(false);
  }
  steps.setBusy(true);
  try {
    const answer = await write();
    steps.setError(undefined);
    steps.setDone(true);
    onDone?.(answer);
    return true;
  } catch (thrown) {
    steps.setDone(false);
    steps.setError(asError(thrown));
    onFail?.();
    return false;
  } finally {
    steps.setBusy(false);
  }
}

/** How a form's writes behave. */
export interface SubmitOptions {
  /** Hide the last problem and success notice as soon as a new write starts. */
  clearOnStart?: boolean;
}

/** What to do after one write. */
export interface RunCallbacks<T> {
  /** Called with the answer once the write succeeded: reset fields, reload, navigate. */
  onDone?: (answer: T) => void;
  /** Called after the write was refused, once the problem is shown. */
  onFail?: () => void;
}

/** The state of a form that writes, from {@link useSubmit}. */
export interface Submit {
  /** True while a write runs: disable the submit button. */
  busy: boolean;
  /** The problem of the last refused write, for `<ProblemSummary error={…} />`. */
  error: Error | undefined;
  /** True after the last write succeeded, for a success notice. */
  done: boolean;
  /** The message for one field named by the problem's `errors[].pointer` (`rule.minCount`). */
  fieldError: (field: string) => string | undefined;
  /** Shows a problem found in the browser (a file that could not be hashed). */
  fail: (thrown: unknown) => void;
  /** Runs a write (see {@link submitWrite}); answers whether it succeeded. */
  run: <T>(write: () => Promise<T>, callbacks?: RunCallbacks<T>) => Promise<boolean>;
}

/**
 * The machinery of a form that submits a write: busy flag, the RFC 9457 problem shown in the
 * summary and under the fields it names, a success flag, and a callback once done.
 *
 * @example
 * const submit = useSubmit();
 * <form onSubmit={(e) => { e.preventDefault(); void submit.run(() => api('POST', 'x', body), { onDone }); }}>
 *   <ProblemSummary error={submit.error} />
 *   <TextField label="Name" error={submit.fieldError('name')} … />
 *   <button disabled={submit.busy}>Save</button>
 * </form>
 */
export function useSubmit({ clearOnStart = false }: SubmitOptions = {}): Submit {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const [done, setDone] = useState(false);
  const run = useCallback(
    <T>(write: () => Promise<T>, callbacks?: RunCallbacks<T>) =>
      submitWrite(write, { setBusy, setError, setDone }, { clearOnStart, ...callbacks }),
    [clearOnStart],
  );
  return {
    busy,
    error,
    done,
    fieldError: (field) => fieldError(error, field),
    fail: (thrown) => setError(asError(thrown)),
    run,
  };
}
