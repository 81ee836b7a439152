import { useState, type FormEvent } from 'react';
import { ApiProblem } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { useMe } from '../../app/session.js';
import { DataTable } from '../../components/data-table.js';
import { Page, Section } from '../../components/page.js';
import { Async } from '../../components/states.js';
import { useI18n } from '../../i18n/i18n.js';
import { TRACKER_IMPORTERS, type ListOf, type TrackerImport } from './support-api.js';
import { uploadFile, type UploadProgress } from '../../api/upload.js';
import { trackerContentType } from './tracker-content-type.js';
import './support.css';

type Outcome = { kind: 'done'; report: TrackerImport } | { kind: 'refused'; error: Error };

/**
 * Imports a Kiel Institute Ukraine Support Tracker release (CSV or XLSX): upload with a
 * progress bar, then the report of rows added, updated, unchanged and withdrawn — or the
 * refusal with every bad line and column (nothing is stored then). Lists past imports.
 */
export default function TrackerImportPage() {
  const { t, format } = useI18n();
  const me = useMe();
  const imports = useApi<ListOf<TrackerImport>>('support/imports');
  const [file, setFile] = useState<File>();
  const [progress, setProgress] = useState<UploadProgress>();
  const [outcome, setOutcome] = useState<Outcome>();
  const mayImport = (TRACKER_IMPORTERS as readonly string[]).includes(me.role);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setOutcome(undefined);
    setProgress({ phase: 'sending', loaded: 0, total: file.size });
    try {
      const { body } = await uploadFile<TrackerImport>(
        'support/imports/kiel',
        file,
        trackerContentType(file.name),
        { fileName: file.name },
        setProgress,
      );
      setOutcome({ kind: 'done', report: body });
      imports.reload();
    } catch (e) {
      setOutcome({ kind: 'refused', error: e instanceof Error ? e : new Error(String(e)) });
    } finally {
      setProgress(undefined);
    }
  };

  return (
    <Page title={t('support.trackerImport')} lead={t('support.trackerImportLead')}>
      {mayImport ? (
        <Section title={t('support.importFile')} id="import-file">
          <form className="form-grid" aria-label={t('support.importFile')} onSubmit={(e) => void submit(e)}>
            <div className="field">
              <label className="field__label" htmlFor="tracker-file">
                {t('support.trackerFile')}
              </label>
              <input
                id="tracker-file"
                type="file"
                accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-describedby="tracker-file-hint"
                onChange={(e) => setFile(e.target.files?.[0])}
              />
              <span className="field__hint" id="tracker-file-hint">
                {t('support.trackerFileHint')}
              </span>
            </div>
            <div className="form-actions">
              <button
                type="submit"
                className="button button--primary"
                disabled={!file || progress !== undefined}
              >
                {t('support.import')}
              </button>
            </div>
          </form>
          {progress && <ProgressBar progress={progress} />}
          {outcome?.kind === 'done' && <ImportReport report={outcome.report} />}
          {outcome?.kind === 'refused' && <ImportRefusal error={outcome.error} />}
        </Section>
      ) : (
        <p className="notice notice--warning">
          {t('support.importNotForRole', { role: t(`role.${me.role}`) })}
        </p>
      )}
      <Section title={t('support.pastImports')} id="past-imports">
        <Async state={imports}>
          {(page) => (
            <DataTable
              caption={t('support.pastImports')}
              rows={page.items}
              rowKey={(i) => i.id}
              filterable={false}
              initialSort={{ column: 'at', direction: 'descending' }}
              columns={[
                {
                  id: 'at',
                  header: t('support.importedAt'),
                  value: (i) => i.importedAt,
                  render: (i) => format.dateTime(i.importedAt),
                },
                { id: 'file', header: t('support.fileName'), value: (i) => i.fileName },
                { id: 'by', header: t('support.importedBy'), value: (i) => i.importedBy },
                { id: 'rows', header: t('support.rows'), value: (i) => i.rows, numeric: true },
                { id: 'inserted', header: t('support.inserted'), value: (i) => i.inserted, numeric: true },
                { id: 'updated', header: t('support.updated'), value: (i) => i.updated, numeric: true },
                { id: 'withdrawn', header: t('support.withdrawn'), value: (i) => i.withdrawn, numeric: true },
                {
                  id: 'sha',
                  header: 'SHA-256',
                  value: (i) => i.sha256,
                  render: (i) => <span className="hash">{i.sha256.slice(0, 12)}…</span>,
                  sortable: false,
                },
              ]}
            />
          )}
        </Async>
      </Section>
    </Page>
  );
}

function ProgressBar({ progress }: { progress: UploadProgress }) {
  const { t, format } = useI18n();
  const sending = progress.phase === 'sending';
  const ratio = sending && progress.total > 0 ? progress.loaded / progress.total : 0;
  return (
    <div className="import-progress" role="status" data-testid="import-progress">
      <span>
        {sending
          ? t('support.uploading', { percent: format.number(ratio, { style: 'percent' }) })
          : t('support.processing')}
      </span>
      {/* Without a value the bar is indeterminate: the server is reading and writing rows. */}
      <progress aria-label={t('support.importProgress')} max={1} {...(sending ? { value: ratio } : {})} />
    </div>
  );
}

function ImportReport({ report }: { report: TrackerImport }) {
  const { t, format } = useI18n();
  const figures: [string, number][] = [
    ['rows', report.rows],
    ['inserted', report.inserted],
    ['updated', report.updated],
    ['unchanged', report.unchanged],
    ['withdrawn', report.withdrawn],
  ];
  return (
    <div className="notice" role="status" data-testid="import-report">
      <p>
        {report.duplicateOf
          ? t('support.importDuplicate', { file: report.fileName })
          : t('support.importDone', { file: report.fileName })}
      </p>
      <dl className="figures">
        {figures.map(([key, value]) => (
          <div className="figure" key={key} data-key={key}>
            <dt>{t(`support.${key}`)}</dt>
            <dd className="figure__value">{format.number(value)}</dd>
          </div>
        ))}
      </dl>
      <p className="hash">SHA-256 {report.sha256}</p>
    </div>
  );
}

/** The server's message without the "line 3, column x:" it starts with, which the page shows translated. */
function withoutPlace(detail: string): string {
  return detail.replace(/^line \d+(, column [^:]+)?: /, '');
}

function ImportRefusal({ error }: { error: Error }) {
  const { t } = useI18n();
  const problem = error instanceof ApiProblem ? error.problem : undefined;
  return (
    <div className="problem" role="alert" data-testid="import-errors">
      <p>
        {problem?.errors?.length
          ? t('support.importRefusedLines', { count: problem.errors.length })
          : t('support.importRefused', { detail: problem?.detail ?? error.message })}
      </p>
      {problem?.errors && problem.errors.length > 0 && (
        <ul className="import-errors">
          {problem.errors.map((e, i) => (
            <li key={i} data-line={e.line}>
              {e.line !== undefined
                ? t('support.errorAtLine', {
                    line: e.line,
                    field: e.field ?? '–',
                    detail: withoutPlace(e.detail),
                  })
                : e.detail}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
