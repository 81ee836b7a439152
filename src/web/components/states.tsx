import type { ReactNode } from 'react';
import { ApiProblem } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';

/** A loading indicator announced to screen readers. */
export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('state.loading')}
    </p>
  );
}

/** The empty state of a list: says there is nothing, and optionally what to do. */
export function Empty({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  return <p className="state state--empty">{children ?? t('state.empty')}</p>;
}

/** A failed load, with the problem's detail and a retry button. */
export function LoadError({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useI18n();
  const detail = error instanceof ApiProblem ? (error.problem.detail ?? error.problem.title) : error.message;
  return (
    <div className="state state--error" role="alert">
      <p>{t('state.error', { detail })}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}

/**
 * Renders loading, error or the content of an `ApiState`.
 *
 * @example <Async state={parties}>{(page) => <PartiesTable rows={page.items} />}</Async>
 */
export function Async<T>({
  state,
  children,
}: {
  state: { data: T | undefined; error: Error | undefined; loading: boolean; reload: () => void };
  children: (data: T) => ReactNode;
}) {
  if (state.error) return <LoadError error={state.error} onRetry={state.reload} />;
  if (state.data === undefined) return <Loading />;
  return <>{children(state.data)}</>;
}
