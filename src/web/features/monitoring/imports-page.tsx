import { useState, type FormEvent } from 'react';
import { ApiProblem } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { DataTable } from '../../components/data-table.js';
import { SelectField } from '../../components/form.js';
import { Page, Section } from '../../components/page.js';
import { Async } from '../../components/states.js';
import { Time } from '../../components/time.js';
import { useI18n } from '../../i18n/i18n.js';
import { importKindOf, uploadImport, type ImportKind, type ImportSummary } from './upload.js';

interface ImportRecord {
  id: string;
  format: string;
  fileName: string | null;
  at: string;
  stored: number;
  replayed: number;
  skipped: number;
}

const RELEASABILITY = ['public', 'coalition', 'owner'] as const;

/**
 * Imports: upload an ACLED CSV, GeoJSON or Cursor on Target file with a progress bar, then a
 * report of what was stored, replayed and skipped, or the lines and fields the server refused
 * (a file is stored all or nothing). The party's recent imports are listed below.
 */
export default function ImportsPage() {
  const { t, format } = useI18n();
  const [file, setFile] = useState<File>();
  const [kind, setKind] = useState<ImportKind>('acled');
  const [releasability, setReleasability] = useState('coalition');
  const [progress, setProgress] = useState<number | null | undefined>();
  const [result, setResult] = useState<ImportSummary>();
  const [error, setError] = useState<Error>();
  const history = useApi<{ items: ImportRecord[] }>('imports');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setResult(undefined);
    setError(undefined);
    setProgress(0);
    try {
      const query = { fileName: file.name, ...(kind === 'geojson' ? {} : { releasability }) };
      setResult(await uploadImport(kind, file, query, setProgress));
      history.reload();
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setProgress(undefined);
    }
  };
  const problem = error instanceof ApiProblem ? error.problem : undefined;

  return (
    <Page title={t('monitoring.imports')} lead={t('monitoring.imports.lead')}>
      <form className="form" onSubmit={(e) => void submit(e)} data-testid="import-form">
        <div className="field">
          <label className="field__label" htmlFor="import-file">
            {t('monitoring.imports.file')}
          </label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.geojson,.json,.xml,.cot,text/csv,application/geo+json,application/xml"
            onChange={(e) => {
              const chosen = e.target.files?.[0];
              setFile(chosen);
              const guessed = chosen && importKindOf(chosen.name);
              if (guessed) setKind(guessed);
            }}
          />
        </div>
        <SelectField
          label={t('monitoring.imports.format')}
          value={kind}
          onChange={(e) => setKind(e.target.value as ImportKind)}
          options={[
            ['acled', t('monitoring.imports.acled')],
            ['geojson', t('monitoring.imports.geojson')],
            ['cot', t('monitoring.imports.cot')],
          ]}
        />
        {kind !== 'geojson' && (
          <SelectField
            label={t('monitoring.releasability')}
            value={releasability}
            onChange={(e) => setReleasability(e.target.value)}
            options={RELEASABILITY.map((r) => [r, t(`monitoring.releasability.${r}`)] as const)}
          />
        )}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={!file || progress !== undefined}>
            {t('monitoring.imports.upload')}
          </button>
        </div>
        {progress !== undefined && (
          <p role="status">
            <label htmlFor="import-progress">
              {progress === null
                ? t('monitoring.imports.processing')
                : t('monitoring.imports.sending', { percent: format.number(Math.round(progress * 100)) })}
            </label>{' '}
            <progress id="import-progress" max={1} {...(progress === null ? {} : { value: progress })} />
          </p>
        )}
      </form>
      <div aria-live="polite" data-testid="import-report">
        {result && (
          <Section title={t('monitoring.imports.accepted')}>
            <p>
              {t('monitoring.imports.summary', {
                records: result.records,
                stored: result.stored,
                replayed: result.replayed,
                skipped: result.skipped,
              })}
            </p>
            <p className="field__hint">SHA-256 {result.fileSha256}</p>
          </Section>
        )}
        {error && (
          <Section title={t('monitoring.imports.rejected')}>
            <p role="alert">
              {t('monitoring.imports.nothingStored', { detail: problem?.detail ?? error.message })}
            </p>
            {(problem?.errors ?? []).length > 0 && (
              <table>
                <caption>{t('monitoring.imports.rejectedLines')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('monitoring.imports.line')}</th>
                    <th scope="col">{t('monitoring.imports.field')}</th>
                    <th scope="col">{t('monitoring.imports.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {(problem?.errors ?? []).map((e, i) => (
                    <tr key={i}>
                      <td>{e.line ?? ''}</td>
                      <td>{e.field ?? e.pointer ?? ''}</td>
                      <td>{e.detail}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Section>
        )}
      </div>
      <Section title={t('monitoring.imports.recent')}>
        <Async state={history}>
          {(data) => (
            <DataTable
              caption={t('monitoring.imports.recent')}
              rows={data.items}
              rowKey={(r) => r.id}
              initialSort={{ column: 'at', direction: 'descending' }}
              columns={[
                {
                  id: 'at',
                  header: t('monitoring.imports.at'),
                  value: (r) => r.at,
                  render: (r) => <Time iso={r.at} />,
                },
                { id: 'file', header: t('monitoring.imports.file'), value: (r) => r.fileName ?? '' },
                { id: 'format', header: t('monitoring.imports.format'), value: (r) => r.format },
                {
                  id: 'stored',
                  header: t('monitoring.imports.stored'),
                  value: (r) => r.stored,
                  numeric: true,
                },
                {
                  id: 'replayed',
                  header: t('monitoring.imports.replayed'),
                  value: (r) => r.replayed,
                  numeric: true,
                },
                {
                  id: 'skipped',
                  header: t('monitoring.imports.skipped'),
                  value: (r) => r.skipped,
                  numeric: true,
                },
              ]}
            />
          )}
        </Async>
      </Section>
    </Page>
  );
}
