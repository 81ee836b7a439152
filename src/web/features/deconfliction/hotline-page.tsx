import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import type { Page as ListPage } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { setSearch, useLocation } from '../../app/router.js';
import { ProblemSummary, TextField } from '../../components/form.js';
import { useSubmit } from '../../components/use-submit.js';
import { Page, Section } from '../../components/page.js';
import { Async, Empty } from '../../components/states.js';
import { Time } from '../../components/time.js';
import { useI18n } from '../../i18n/i18n.js';
import type { HotlineMessage } from '../../../modules/deconfliction/deconfliction.schemas.js';

/** The hotline log, optionally of one conflict (`?conflict=`) or notification (`?notification=`). */
export default function HotlinePage() {
  const { t } = useI18n();
  const { search } = useLocation();
  const conflictId = search.get('conflict') ?? '';
  const notificationId = search.get('notification') ?? '';
  const log = useApi<ListPage<HotlineMessage>>('deconfliction/hotline', {
    conflictId: conflictId || undefined,
    notificationId: notificationId || undefined,
    limit: 500,
  });
  const [body, setBody] = useState('');
  const { error, run } = useSubmit({ clearOnStart: true });
  const send = (e: FormEvent) => {
    e.preventDefault();
    const message = { ...(conflictId ? { conflictId } : { notificationId }), body };
    void run(() => api('POST', 'deconfliction/hotline', message), {
      onDone: () => {
        setBody('');
        log.reload();
      },
    });
  };
  return (
    <Page title={t('deconfliction.hotline')} lead={t('deconfliction.hotlineLead')}>
      <div className="filters">
        <TextField
          label={`${t('deconfliction.about')}: ${t('deconfliction.conflicts')}`}
          value={conflictId}
          onChange={(e) => setSearch({ conflict: e.target.value, notification: '' })}
        />
        <TextField
          label={`${t('deconfliction.about')}: ${t('deconfliction.notifications')}`}
          value={notificationId}
          onChange={(e) => setSearch({ notification: e.target.value, conflict: '' })}
        />
      </div>
      <Async state={log}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty />
          ) : (
            <ol className="hotline">
              {data.items.map((m) => (
                <li key={m.id}>
                  <Time iso={m.sentAt} /> <strong>{m.fromParty ?? '—'}</strong>
                  {m.toParty ? ` → ${m.toParty}` : ''}: {m.body}
                </li>
              ))}
            </ol>
          )
        }
      </Async>
      {(conflictId || notificationId) && (
        <Section title={t('deconfliction.message')}>
          <ProblemSummary error={error} />
          <form onSubmit={send}>
            <TextField
              label={t('deconfliction.message')}
              value={body}
              required
              onChange={(e) => setBody(e.target.value)}
            />
            <button type="submit" className="button" disabled={!body}>
              {t('deconfliction.send')}
            </button>
          </form>
        </Section>
      )}
    </Page>
  );
}
