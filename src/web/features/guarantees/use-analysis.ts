import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSubmit, type Submit } from '../../components/use-submit.js';

/** An analysis page's state: the last answer, with the submit state of the question asked. */
export interface Analysis<T> extends Omit<Submit, 'run' | 'done'> {
  answer: T | undefined;
  /** The form's `onSubmit`: asks again with what the form now says. */
  onSubmit: (event: FormEvent) => void;
}

/**
 * An analysis the page asks the server (a simulation, who is pivotal): busy while it runs, the
 * problem per field when refused, the last answer kept meanwhile. The first question is asked
 * by itself, so the page opens on an answer rather than an empty form.
 *
 * @example const { answer, busy, onSubmit } = useAnalysis(() => api<PivotalityAnswer>('POST', 'guarantees/pivotality', body));
 */
export function useAnalysis<T>(ask: () => Promise<T>): Analysis<T> {
  const { run, done: _done, ...submit } = useSubmit();
  const [answer, setAnswer] = useState<T>();
  const start = () => void run(ask, { onDone: (a) => setAnswer(() => a) });
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    start();
    // Only the first question: later ones come from the form.
  }, []);
  return {
    ...submit,
    answer,
    onSubmit: (event) => {
      event.preventDefault();
      start();
    },
  };
}
