import { useState } from 'react';
import { api, apiUrl } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { Link } from '../../app/router.js';
import { useMe } from '../../app/session.js';
import { DataTable } from '../../components/data-table.js';
import { ProblemSummary, TextField, fieldError } from '../../components/form.js';
import { GuarantorMap } from '../../components/map/index.js';
import { Page, Section } from '../../components/page.js';
import { Async } from '../../components/states.js';
import { Time } from '../../components/time.js';
import type { PageProps } from '../types.js';
import { useI18n } from '../../i18n/i18n.js';
import type {
  Incident,
  IncidentComment,
  IncidentRevision,
  IncidentStatus,
  Observation,
} from '../../../modules/monitoring/monitoring.schemas.js';
import { COMMENTERS, DISPUTABLE, WORKFLOW } from '../../../modules/monitoring/workflow.js';
import { incidentLayers, observationLayer } from './map-layers.js';
import { categoryKey, sourceKindKey } from './strings-taxonomy.js';

/** The Ledger page checking one record's inclusion. */
const ledgerLink = (kind: string, recordId: string) =>
  `/ledger?${new URLSearchParams({ kind, record: recordId }).toString()}`;

interface List<T> {
  items: T[];
}

/** One workflow action with its rationale (and attribution for "attributed"), posted with the revision it saw. */
function TransitionForm({
  incident,
  to,
  onDone,
}: {
  incident: Incident;
  to: IncidentStatus;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [rationale, setRationale] = useState('');
  const [attribution, setAttribution] = useState('');
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        api('POST', `incidents/${incident.id}/transitions`, {
          to,
          rationale,
          revision: incident.revision,
          ...(to === 'attributed' ? { attribution } : {}),
        })
          .then(() => {
            setRationale('');
            setError(undefined);
            onDone();
          })
          .catch((err: unknown) => setError(err instanceof Error ? err : new Error(String(err))))
          .finally(() => setBusy(false));
      }}
    >
      <ProblemSummary error={error} />
      <TextField
        label={t('monitoring.rationale')}
        value={rationale}
        required
        minLength={3}
        onChange={(e) => setRationale(e.target.value)}
        error={fieldError(error, 'rationale')}
      />
      {to === 'attributed' && (
        <TextField
          label={t('monitoring.attribution')}
          value={attribution}
          required
          onChange={(e) => setAttribution(e.target.value)}
          error={fieldError(error, 'attribution')}
        />
      )}
      <button type="submit" disabled={busy}>
        {t('monitoring.moveTo', { status: t(`monitoring.status.${to}`) })}
      </button>
    </form>
  );
}

/** A comment or a dispute on the one shared record; every party's working roles may write. */
function CommentForm({ incident, onDone }: { incident: Incident; onDone: () => void }) {
  const { t } = useI18n();
  const [body, setBody] = useState('');
  const [error, setError] = useState<Error>();
  const send = (kind: 'comments' | 'disputes') =>
    api('POST', `incidents/${incident.id}/${kind}`, { body })
      .then(() => {
        setBody('');
        setError(undefined);
        onDone();
      })
      .catch((err: unknown) => setError(err instanceof Error ? err : new Error(String(err))));
  return (
    <form className="inline-form" onSubmit={(e) => (e.preventDefault(), void send('comments'))}>
      <ProblemSummary error={error} />
      <TextField
        label={t('monitoring.addComment')}
        value={body}
        required
        onChange={(e) => setBody(e.target.value)}
      />
      <button type="submit">{t('monitoring.comment')}</button>
      {DISPUTABLE.includes(incident.status) && (
        <button
          type="button"
          className="button--secondary"
          onClick={() => void send('disputes')}
          disabled={body.length === 0}
        >
          {t('monitoring.dispute')}
        </button>
      )}
    </form>
  );
}

/** Incident detail: map, observations with sources and grades, workflow actions, history, comments. */
export default function IncidentPage({ params }: PageProps) {
  const { t } = useI18n();
  const me = useMe();
  const id = params.id ?? '';
  const incident = useApi<Incident>(`incidents/${id}`);
  const observations = useApi<List<Observation>>('observations', { incident: id, limit: 500 });
  const revisions = useApi<List<IncidentRevision>>(`incidents/${id}/revisions`);
  const comments = useApi<List<IncidentComment>>(`incidents/${id}/comments`);
  const reload = () => (incident.reload(), revisions.reload(), comments.reload());

  return (
    <Async state={incident}>
      {(i) => {
        const steps = WORKFLOW.filter((s) => s.from === i.status && s.roles.includes(me.role));
        const targets = [...new Set(steps.map((s) => s.to))];
        return (
          <Page
            title={`${t('monitoring.incident')} ${i.id.slice(0, 8)} · ${t(categoryKey(i.primaryCategory))}`}
            lead={`${i.exercise ? `${t('monitoring.exercise')} · ` : ''}${t(`monitoring.status.${i.status}`)} · ${t('monitoring.severity')} ${i.severity} · ${t('monitoring.sources')} ${i.sourceCount}`}
            actions={
              <a
                className="button"
                href={apiUrl(`incidents/${i.id}/case-file`, { format: 'html' })}
                target="_blank"
                rel="noreferrer"
              >
                {t('monitoring.caseFile')}
              </a>
            }
          >
            <GuarantorMap
              label={t('monitoring.incident')}
              layers={[
                observationLayer(observations.data?.items ?? [], t('monitoring.observations')),
                ...incidentLayers([i], (s) => t(`monitoring.status.${s}`)),
              ]}
              bounds={[i.bbox[0]! - 0.1, i.bbox[1]! - 0.1, i.bbox[2]! + 0.1, i.bbox[3]! + 0.1]}
            />
            <Section title={t('monitoring.actions')}>
              {targets.length === 0 ? (
                <p data-testid="no-actions">{t('monitoring.noActions')}</p>
              ) : (
                targets.map((to) => <TransitionForm key={to} incident={i} to={to} onDone={reload} />)
              )}
            </Section>
            <Section title={t('monitoring.observations')}>
              <Async state={observations}>
                {(data) => (
                  <DataTable
                    caption={t('monitoring.observations')}
                    rows={data.items}
                    rowKey={(o) => o.id}
                    filterable={false}
                    columns={[
                      {
                        id: 'observed',
                        header: t('monitoring.observed'),
                        value: (o) => o.observedAt,
                        render: (o) => <Time iso={o.observedAt} />,
                      },
                      {
                        id: 'category',
                        header: t('monitoring.category'),
                        value: (o) => `${t(categoryKey(o.category))}${o.subtype ? ` / ${o.subtype}` : ''}`,
                      },
                      {
                        id: 'source',
                        header: t('monitoring.source'),
                        value: (o) => `${t(sourceKindKey(o.source.kind))} ${o.source.id} (${o.owner})`,
                      },
                      {
                        id: 'grade',
                        header: t('monitoring.grade'),
                        value: (o) => `${o.source.reliability}${o.source.credibility}`,
                      },
                      {
                        id: 'ledger',
                        header: t('monitoring.inLedger'),
                        value: (o) => o.id,
                        sortable: false,
                        render: (o) => (
                          <Link to={ledgerLink('observation', o.id)}>{t('monitoring.checkInLedger')}</Link>
                        ),
                      },
                    ]}
                  />
                )}
              </Async>
            </Section>
            <Section title={t('monitoring.history')}>
              <Async state={revisions}>
                {(data) => (
                  <ol className="history">
                    {data.items.map((r) => (
                      <li key={r.revision}>
                        <Time iso={r.at} /> · {r.actor} ({r.actorParty}) · {r.kind}
                        {r.toStatus ? ` → ${t(`monitoring.status.${r.toStatus}`)}` : ''}
                        {r.rationale ? ` — ${r.rationale}` : ''} ·{' '}
                        <Link to={ledgerLink('incident.revision', `${i.id}#${r.revision}`)}>
                          {t('monitoring.checkInLedger')}
                        </Link>
                      </li>
                    ))}
                  </ol>
                )}
              </Async>
            </Section>
            <Section title={t('monitoring.comments')}>
              <Async state={comments}>
                {(data) => (
                  <ul className="comments">
                    {data.items.map((c) => (
                      <li key={c.id}>
                        <strong>
                          {c.kind === 'dispute' ? t('monitoring.dispute') : t('monitoring.comment')}
                        </strong>{' '}
                        · {c.author} ({c.party}) · <Time iso={c.at} />
                        <p>{c.body}</p>
                      </li>
                    ))}
                  </ul>
                )}
              </Async>
              {COMMENTERS.includes(me.role) && <CommentForm incident={i} onDone={reload} />}
            </Section>
          </Page>
        );
      }}
    </Async>
  );
}
