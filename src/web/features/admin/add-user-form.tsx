import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import type { NewUser, Role, User } from '../../api/types.js';
import { ProblemSummary, SelectField, TextField, SubmitActions } from '../../components/form.js';
import { useSubmit } from '../../components/use-submit.js';
import { useI18n } from '../../i18n/i18n.js';
import { ROLES } from './roles.js';

/** The form adding a user to the coordinator's party; the server's problems show per field. */
export function AddUserForm({ party, onAdded }: { party: string; onAdded: (user: User) => void }) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [password, setPassword] = useState('');
  const { busy, error, fieldError, run } = useSubmit({ clearOnStart: true });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: NewUser = { username: username.trim(), party, role };
    if (displayName.trim()) body.displayName = displayName.trim();
    if (password) body.password = password;
    void run(() => api<User>('POST', 'users', body), {
      onDone: (user) => {
        setUsername('');
        setDisplayName('');
        setPassword('');
        onAdded(user);
      },
    });
  };

  return (
    <form className="form-grid" onSubmit={submit} aria-label={t('admin.addUser')}>
      <ProblemSummary error={error} />
      <TextField
        label={t('admin.username')}
        name="username"
        required
        autoCapitalize="none"
        spellCheck={false}
        value={username}
        error={fieldError('username')}
        onChange={(e) => setUsername(e.target.value)}
      />
      <TextField
        label={t('admin.displayName')}
        name="displayName"
        value={displayName}
        error={fieldError('displayName')}
        onChange={(e) => setDisplayName(e.target.value)}
      />
      <SelectField
        label={t('admin.role')}
        name="role"
        value={role}
        error={fieldError('role')}
        onChange={(e) => setRole(e.target.value as Role)}
        options={ROLES.map((r) => [r, t(`role.${r}`)] as const)}
      />
      <TextField
        label={t('admin.password')}
        hint={t('admin.passwordHint')}
        name="password"
        type="password"
        autoComplete="new-password"
        value={password}
        error={fieldError('password')}
        onChange={(e) => setPassword(e.target.value)}
      />
      <SubmitActions busy={busy}>{t('admin.addUser')}</SubmitActions>
    </form>
  );
}
