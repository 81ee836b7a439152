import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import type { AuditEvent, Page as ListPage } from '../../api/types.js';
import { setSearch, useLocation } from '../../app/router.js';
import { ProblemSummary, TextField } from '../../components/form.js';
import { useSubmit } from '../../components/use-submit.js';
import { Page } from '../../components/page.js';
import { Empty, LoadError, Loading } from '../../components/states.js';
import { Time } from '../../components/time.js';
import { useI18n } from '../../i18n/i18n.js';

const FILTERS = ['entity', 'entityId', 'actorParty', 'actor', 'action', 'from', 'to'] as const;
type Filter = (typeof FILTERS)[number];

// <input type="datetime-local"> holds no zone; the page labels it UTC and sends it as such.
function toQueryTime(value: string): string | undefined {
  return value ? `${value}:00.000Z` : undefined;
}

/** The audit trail with filters kept in the address, paged by cursor ("load more"). */
export default function AuditPage() {
  const { t } = useI18n();
  const { search } = useLocation();
  const applied = Object.fromEntries(FILTERS.map((f) => [f, search.get(f) ?? ''])) as Record<Filter, string>;
  const [draft, setDraft] = useState(applied);
  const [events, setEvents] = useState<AuditEvent[]>();
  const [cursor, setCursor] = useState<string | null>(null);
  const { busy: loading, error, run } = useSubmit();
  const key = search.toString();

  const load = (after: string | null) => {
    const query = {
      ...applied,
      from: toQueryTime(applied.from),
      to: toQueryTime(applied.to),
      limit: 50,
      cursor: after ?? undefined,
    };
    return run(() => api<ListPage<AuditEvent>>('GET', 'audit', undefined, query), {
      onDone: (page) => {
        setEvents((previous) => (after ? [...(previous ?? []), ...page.items] : page.items));
        setCursor(page.nextCursor);
      },
    });
  };

  useEffect(() => {
    setEvents(undefined);
    void load(null);
  }, [key]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(draft);
  };

  const labels: Record<Filter, string> = {
    entity: t('admin.entity'),
    entityId: t('admin.entityId'),
    actorParty: t('admin.actorParty'),
    actor: t('admin.actor'),
    action: t('admin.action'),
    from: t('admin.from'),
    to: t('admin.to'),
  };

  return (
    <Page title={t('admin.audit')} lead={t('admin.auditLead')}>
      <form className="filters filters--wide" onSubmit={submit}>
        {FILTERS.map((f) => (
          <TextField
            key={f}
            label={labels[f]}
            name={f}
            type={f === 'from' || f === 'to' ? 'datetime-local' : 'text'}
            value={draft[f]}
            onChange={(e) => setDraft((d) => ({ ...d, [f]: e.target.value }))}
          />
        ))}
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {t('common.apply')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              const empty = Object.fromEntries(FILTERS.map((f) => [f, ''])) as Record<Filter, string>;
              setDraft(empty);
              setSearch(empty);
            }}
          >
            {t('common.clear')}
          </button>
        </div>
      </form>
      {error && events === undefined ? (
        error.name === 'ApiProblem' && (error as { status?: number }).status === 400 ? (
          <ProblemSummary error={error} />
        ) : (
          <LoadError error={error} onRetry={() => void load(null)} />
        )
      ) : events === undefined ? (
        <Loading />
      ) : events.length === 0 ? (
        <Empty />
      ) : (
        <>
          <ol className="audit-list">
            {events.map((e) => (
              <li key={e.seq} className="audit-entry">
                <div className="audit-entry__head">
                  <Time iso={e.at} />
                  <span className="code">{e.action}</span>
                  <span>
                    {e.entity} <span className="code">{e.entityId}</span>
                  </span>
                  <span>
                    {e.actor} <span className="party-badge party-badge--small">{e.actorParty}</span>
                  </span>
                </div>
                {(e.before !== null || e.after !== null) && (
                  <details>
                    <summary>{t('admin.showChange')}</summary>
                    <pre className="audit-entry__change">
                      {JSON.stringify({ before: e.before, after: e.after }, null, 2)}
                    </pre>
                  </details>
                )}
              </li>
            ))}
          </ol>
          {cursor && (
            <button type="button" className="button" disabled={loading} onClick={() => void load(cursor)}>
              {t('common.more')}
            </button>
          )}
        </>
      )}
    </Page>
  );
}
