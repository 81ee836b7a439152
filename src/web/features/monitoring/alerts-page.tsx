import { useState } from 'react';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { useAlertListener } from '../../app/alert-stream.js';
import { ProblemSummary } from '../../components/form.js';
import { Page, Section } from '../../components/page.js';
import { Async, Empty } from '../../components/states.js';
import { Time } from '../../components/time.js';
import { useI18n } from '../../i18n/i18n.js';
import type { AlertEvent, AlertRule } from '../../../modules/monitoring/alerts.present.js';
import { BrowserNotificationsButton } from './alert-notifications.js';
import { AlertRuleForm } from './alert-rule-form.js';
import { SavedSearches } from './saved-searches.js';

function describe(
  rule: AlertRule,
  t: (key: string, vars?: Record<string, string | number>) => string,
): string {
  const p = rule.params;
  switch (p.kind) {
    case 'category-count':
      return t('monitoring.alerts.describe.count', {
        count: p.count,
        category: p.category,
        minutes: p.windowMinutes,
      });
    case 'incident-severity':
      return t('monitoring.alerts.describe.severity', { severity: p.minSeverity });
    case 'incident-attributed':
      return t('monitoring.alerts.describe.attributed', { party: p.party });
    case 'ground-assault-across-line':
      return t('monitoring.alerts.kind.ground-assault-across-line');
  }
}

/**
 * Alert rules and saved searches of the user's party: list, create, edit, delete (the API
 * keeps both national only), and the alerts fired, kept current from the session's stream.
 */
export default function AlertsPage() {
  const { t } = useI18n();
  const rules = useApi<{ items: AlertRule[] }>('alerts/rules');
  const fired = useApi<{ items: AlertEvent[] }>('alerts');
  const [editing, setEditing] = useState<string>();
  const [secret, setSecret] = useState<string>();
  const [error, setError] = useState<Error>();
  // New alerts arrive on the session's stream; the shell shows them and, on this page, as read.
  useAlertListener(fired.reload);

  const remove = async (rule: AlertRule) => {
    if (!window.confirm(t('monitoring.alerts.confirmDelete', { name: rule.name }))) return;
    try {
      await api('DELETE', `alerts/rules/${rule.id}`);
      rules.reload();
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    }
  };

  return (
    <Page
      title={t('monitoring.alerts')}
      lead={t('monitoring.alerts.lead')}
      actions={<BrowserNotificationsButton />}
    >
      <Section title={t('monitoring.alerts.rules')}>
        <ProblemSummary error={error} />
        {secret && (
          <p className="notice" role="status" data-testid="webhook-secret">
            {t('monitoring.alerts.secret')} <code>{secret}</code>
          </p>
        )}
        <Async state={rules}>
          {(data) =>
            data.items.length === 0 ? (
              <Empty>{t('monitoring.alerts.noRules')}</Empty>
            ) : (
              <ul data-testid="alert-rules">
                {data.items.map((rule) => (
                  <li key={rule.id} data-rule-id={rule.id}>
                    {editing === rule.id ? (
                      <AlertRuleForm
                        rule={rule}
                        onSaved={() => (setEditing(undefined), rules.reload())}
                        onCancel={() => setEditing(undefined)}
                      />
                    ) : (
                      <>
                        <strong>{rule.name}</strong> — {describe(rule, t)}
                        {!rule.enabled && ` (${t('monitoring.alerts.off')})`}
                        {rule.webhookUrl && ` · ${t('monitoring.alerts.webhook')}: ${rule.webhookUrl}`}{' '}
                        <button
                          type="button"
                          className="button button--small"
                          onClick={() => setEditing(rule.id)}
                        >
                          {t('monitoring.alerts.edit')}
                        </button>{' '}
                        <button
                          type="button"
                          className="button button--small button--danger"
                          onClick={() => void remove(rule)}
                        >
                          {t('monitoring.alerts.delete')}
                        </button>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )
          }
        </Async>
        <h3>{t('monitoring.alerts.newRule')}</h3>
        <AlertRuleForm
          onSaved={(saved) => {
            setSecret(saved.webhookSecret ?? undefined);
            rules.reload();
          }}
        />
      </Section>
      <Section title={t('monitoring.searches')}>
        <SavedSearches />
      </Section>
      <Section title={t('monitoring.alerts.fired')}>
        <Async state={fired}>
          {(data) =>
            data.items.length === 0 ? (
              <Empty>{t('monitoring.alerts.noneFired')}</Empty>
            ) : (
              <ul data-testid="alerts-fired">
                {data.items.slice(0, 50).map((a) => (
                  <li key={a.id}>
                    <Time iso={a.at} />: {a.summary}
                  </li>
                ))}
              </ul>
            )
          }
        </Async>
      </Section>
    </Page>
  );
}
