import { useMemo, useState } from 'react';
import { api } from '../../api/client.js';
import type { Page as ListPage, Role, User } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { useMe } from '../../app/session.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { Page, Section } from '../../components/page.js';
import { Async } from '../../components/states.js';
import { Time } from '../../components/time.js';
import { useSubmit } from '../../components/use-submit.js';
import { useI18n } from '../../i18n/i18n.js';
import { AddUserForm } from './add-user-form.js';
import { ROLES } from './roles.js';

/** Users of the coordinator's party: list, add, change role, disable or enable. */
export default function UsersPage() {
  const { t } = useI18n();
  const me = useMe();
  const users = useApi<ListPage<User>>('users');
  const [notice, setNotice] = useState<string>();
  const { error: failure, run } = useSubmit({ clearOnStart: true });

  const change = (user: User, patch: { role?: Role; disabled?: boolean }) =>
    void run(() => api<User>('PATCH', `users/${user.id}`, patch), {
      onDone: () => {
        setNotice(t('admin.userChanged', { username: user.username }));
        users.reload();
      },
    });

  const columns = useMemo<Column<User>[]>(
    () => [
      {
        id: 'username',
        header: t('admin.username'),
        value: (u) => u.username,
        render: (u) => <span className="code">{u.username}</span>,
      },
      { id: 'displayName', header: t('admin.displayName'), value: (u) => u.displayName },
      {
        id: 'role',
        header: t('admin.role'),
        value: (u) => t(`role.${u.role}`),
        render: (u) => (
          <select
            aria-label={t('admin.changeRole', { username: u.username })}
            value={u.role}
            disabled={u.id === me.id}
            onChange={(e) => change(u, { role: e.target.value as Role })}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        ),
      },
      {
        id: 'status',
        header: t('admin.status'),
        value: (u) => (u.disabled ? t('admin.disabled') : t('admin.active')),
        render: (u) => (
          <span className={`status status--${u.disabled ? 'off' : 'on'}`}>
            {u.disabled ? t('admin.disabled') : t('admin.active')}
          </span>
        ),
      },
      {
        id: 'createdAt',
        header: t('admin.created'),
        value: (u) => u.createdAt,
        render: (u) => <Time iso={u.createdAt} />,
      },
      {
        id: 'actions',
        header: '',
        sortable: false,
        value: () => '',
        render: (u) =>
          u.id === me.id ? null : (
            <button
              type="button"
              className="button button--small"
              aria-label={t(u.disabled ? 'admin.enableUser' : 'admin.disableUser', { username: u.username })}
              onClick={() => change(u, { disabled: !u.disabled })}
            >
              {u.disabled ? t('admin.enable') : t('admin.disable')}
            </button>
          ),
      },
    ],
    [t, me.id],
  );

  return (
    <Page title={t('admin.users')} lead={t('admin.usersLead')}>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {failure && (
        <p className="problem" role="alert">
          {t('form.problem', { detail: failure.message })}
        </p>
      )}
      <Async state={users}>
        {(page) => (
          <DataTable
            caption={t('admin.users')}
            rows={page.items}
            columns={columns}
            rowKey={(u) => u.id}
            initialSort={{ column: 'username', direction: 'ascending' }}
          />
        )}
      </Async>
      <Section title={t('admin.addUser')} id="add-user">
        <AddUserForm
          party={me.party}
          onAdded={(user) => {
            setNotice(t('admin.userAdded', { username: user.username }));
            users.reload();
          }}
        />
      </Section>
    </Page>
  );
}
