import { useMemo, useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import type { ApiToken, Page as ListPage, User } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { ProblemSummary, SelectField, TextField, SubmitActions } from '../../components/form.js';
import { useSubmit } from '../../components/use-submit.js';
import { Page, Section } from '../../components/page.js';
import { Async } from '../../components/states.js';
import { Time } from '../../components/time.js';
import { useI18n } from '../../i18n/i18n.js';

/** API tokens of the party: create (the secret shown once), list, revoke. */
export default function TokensPage() {
  const { t } = useI18n();
  const tokens = useApi<ListPage<ApiToken>>('tokens');
  const users = useApi<ListPage<User>>('users');
  const [name, setName] = useState('');
  const [username, setUsername] = useState('');
  const [secret, setSecret] = useState<{ name: string; token: string }>();
  const [notice, setNotice] = useState<string>();
  const { error, fieldError, run } = useSubmit({ clearOnStart: true });

  const create = (event: FormEvent) => {
    event.preventDefault();
    setNotice(undefined);
    const actsAs = username || users.data?.items.find((u) => !u.disabled)?.username || '';
    const body = { username: actsAs, name: name.trim() };
    void run(() => api<{ token: string; meta: ApiToken }>('POST', 'tokens', body), {
      onDone: (answer) => {
        setSecret({ name: answer.meta.name, token: answer.token });
        setName('');
        tokens.reload();
      },
    });
  };

  const revoke = (token: ApiToken) => {
    if (!window.confirm(t('admin.confirmRevoke', { name: token.name }))) return;
    void run(() => api<void>('DELETE', `tokens/${token.id}`), {
      onDone: () => {
        setNotice(t('admin.tokenRevoked', { name: token.name }));
        tokens.reload();
      },
    });
  };

  const columns = useMemo<Column<ApiToken>[]>(
    () => [
      { id: 'name', header: t('admin.tokenName'), value: (k) => k.name },
      {
        id: 'username',
        header: t('admin.tokenUser'),
        value: (k) => k.username,
        render: (k) => <span className="code">{k.username}</span>,
      },
      {
        id: 'prefix',
        header: t('admin.prefix'),
        value: (k) => k.prefix,
        render: (k) => <code>{k.prefix}…</code>,
      },
      {
        id: 'createdAt',
        header: t('admin.created'),
        value: (k) => k.createdAt,
        render: (k) => <Time iso={k.createdAt} />,
      },
      {
        id: 'lastUsedAt',
        header: t('admin.lastUsed'),
        value: (k) => k.lastUsedAt,
        render: (k) => (k.lastUsedAt ? <Time iso={k.lastUsedAt} /> : t('admin.never')),
      },
      {
        id: 'status',
        header: t('admin.status'),
        value: (k) => (k.revokedAt ? t('admin.revoked') : t('admin.active')),
        render: (k) =>
          k.revokedAt ? (
            <span className="status status--off">
              {t('admin.revoked')} <Time iso={k.revokedAt} />
            </span>
          ) : (
            <button
              type="button"
              className="button button--small button--danger"
              aria-label={t('admin.revokeToken', { name: k.name })}
              onClick={() => revoke(k)}
            >
              {t('admin.revoke')}
            </button>
          ),
      },
    ],
    [t],
  );

  return (
    <Page title={t('admin.tokens')} lead={t('admin.tokensLead')}>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {secret && (
        <div className="notice notice--secret" role="status" data-testid="token-secret">
          <p>{t('admin.tokenCreated')}</p>
          <label className="field">
            <span className="field__label">
              {t('admin.tokenSecret')} — {secret.name}
            </span>
            <input readOnly value={secret.token} onFocus={(e) => e.target.select()} className="code" />
          </label>
          <button type="button" className="button button--quiet" onClick={() => setSecret(undefined)}>
            {t('common.close')}
          </button>
        </div>
      )}
      <Section title={t('admin.createToken')} id="create-token">
        <form className="form-grid" onSubmit={create}>
          <ProblemSummary error={error} />
          <TextField
            label={t('admin.tokenName')}
            name="name"
            required
            value={name}
            error={fieldError('name')}
            onChange={(e) => setName(e.target.value)}
          />
          <SelectField
            label={t('admin.tokenUser')}
            name="username"
            value={username}
            error={fieldError('username')}
            onChange={(e) => setUsername(e.target.value)}
            options={(users.data?.items ?? [])
              .filter((u) => !u.disabled)
              .map((u) => [u.username, `${u.username} (${t(`role.${u.role}`)})`] as const)}
          />
          <SubmitActions>{t('admin.createToken')}</SubmitActions>
        </form>
      </Section>
      <Async state={tokens}>
        {(page) => (
          <DataTable
            caption={t('admin.tokens')}
            rows={page.items}
            columns={columns}
            rowKey={(k) => k.id}
            initialSort={{ column: 'createdAt', direction: 'descending' }}
          />
        )}
      </Async>
    </Page>
  );
}
