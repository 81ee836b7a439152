import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { Link } from '../../app/router.js';
import { fieldError, ProblemSummary, SelectField, TextField } from '../../components/form.js';
import { Async, Empty } from '../../components/states.js';
import { useI18n } from '../../i18n/i18n.js';
import type { SavedSearch } from '../../../modules/monitoring/alerts.present.js';
import { INCIDENT_STATUSES } from '../../../modules/monitoring/monitoring.schemas.js';
import { CATEGORY_NAMES } from '../../../modules/monitoring/taxonomy.js';
import { categoryKey } from './strings-taxonomy.js';

const FILTER_KEYS = ['category', 'zone', 'sector', 'status'] as const;

/** Where a saved search opens: the map for observations, the desk for incidents. */
export function savedSearchLink(s: Pick<SavedSearch, 'target' | 'filter'>): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = s.filter[key];
    if (typeof value === 'string' && value !== '') params.set(key, value);
  }
  const query = params.toString();
  const path = s.target === 'incidents' ? '/monitoring/incidents' : '/monitoring';
  return query ? `${path}?${query}` : path;
}

function SearchForm({
  search,
  onSaved,
  onCancel,
}: {
  search?: SavedSearch;
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const initial = () => ({
    name: search?.name ?? '',
    target: search?.target ?? 'incidents',
    ...Object.fromEntries(
      FILTER_KEYS.map((k) => {
        const v = search?.filter[k];
        return [k, typeof v === 'string' ? v : ''];
      }),
    ),
  });
  const [f, setF] = useState<Record<string, string>>(initial);
  const [error, setError] = useState<Error>();
  const set = (key: string) => (e: { target: { value: string } }) => setF({ ...f, [key]: e.target.value });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const filter = Object.fromEntries(FILTER_KEYS.filter((k) => f[k]).map((k) => [k, f[k]]));
    try {
      if (search) await api('PATCH', `saved-searches/${search.id}`, { name: f.name, filter });
      else await api('POST', 'saved-searches', { name: f.name, target: f.target, filter });
      setError(undefined);
      if (!search) setF(initial());
      onSaved();
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    }
  };
  const any = ['', t('monitoring.any')] as const;
  return (
    <form
      className="form filters filters--wide"
      onSubmit={(e) => void submit(e)}
      data-testid="saved-search-form"
    >
      <ProblemSummary error={error} />
      <TextField
        label={t('monitoring.alerts.name')}
        value={f.name}
        onChange={set('name')}
        required
        error={fieldError(error, 'name')}
      />
      {!search && (
        <SelectField
          label={t('monitoring.searches.target')}
          value={f.target}
          onChange={set('target')}
          options={[
            ['incidents', t('monitoring.incidents')],
            ['observations', t('monitoring.observations')],
          ]}
        />
      )}
      <SelectField
        label={t('monitoring.category')}
        value={f.category}
        onChange={set('category')}
        options={[any, ...CATEGORY_NAMES.map((c) => [c, t(categoryKey(c))] as const)]}
      />
      <TextField
        label={t('monitoring.zoneFilter')}
        value={f.zone}
        onChange={set('zone')}
        error={fieldError(error, 'filter.zone')}
      />
      <TextField
        label={t('monitoring.sector')}
        value={f.sector}
        onChange={set('sector')}
        error={fieldError(error, 'filter.sector')}
      />
      <SelectField
        label={t('monitoring.status')}
        value={f.status}
        onChange={set('status')}
        options={[any, ...INCIDENT_STATUSES.map((s) => [s, t(`monitoring.status.${s}`)] as const)]}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {search ? t('monitoring.alerts.saveRule') : t('monitoring.searches.save')}
        </button>
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('monitoring.alerts.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

/** The party's saved searches: open, rename or change, delete; and a form to save a new one. */
export function SavedSearches() {
  const { t } = useI18n();
  const list = useApi<{ items: SavedSearch[] }>('saved-searches');
  const [editing, setEditing] = useState<string>();
  const [error, setError] = useState<Error>();
  const remove = async (s: SavedSearch) => {
    if (!window.confirm(t('monitoring.searches.confirmDelete', { name: s.name }))) return;
    try {
      await api('DELETE', `saved-searches/${s.id}`);
      list.reload();
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    }
  };
  return (
    <>
      <ProblemSummary error={error} />
      <Async state={list}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty>{t('monitoring.searches.none')}</Empty>
          ) : (
            <ul className="plain-list" data-testid="saved-searches">
              {data.items.map((s) =>
                editing === s.id ? (
                  <li key={s.id}>
                    <SearchForm
                      search={s}
                      onSaved={() => (setEditing(undefined), list.reload())}
                      onCancel={() => setEditing(undefined)}
                    />
                  </li>
                ) : (
                  <li key={s.id}>
                    <Link to={savedSearchLink(s)}>{s.name}</Link>{' '}
                    <span className="muted">
                      ({t(s.target === 'incidents' ? 'monitoring.incidents' : 'monitoring.observations')}
                      {Object.entries(s.filter).map(([k, v]) => ` · ${k}: ${String(v)}`)})
                    </span>{' '}
                    <button type="button" className="button button--small" onClick={() => setEditing(s.id)}>
                      {t('monitoring.alerts.edit')}
                    </button>{' '}
                    <button
                      type="button"
                      className="button button--small button--danger"
                      onClick={() => void remove(s)}
                    >
                      {t('monitoring.alerts.delete')}
                    </button>
                  </li>
                ),
              )}
            </ul>
          )
        }
      </Async>
      <h3>{t('monitoring.searches.new')}</h3>
      <SearchForm onSaved={list.reload} />
    </>
  );
}
