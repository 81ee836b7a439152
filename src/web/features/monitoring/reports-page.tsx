import { setSearch, useLocation } from '../../app/router.js';
import { SelectField, TextField } from '../../components/form.js';
import { Page, Section } from '../../components/page.js';
import { apiUrl } from '../../api/client.js';
import { useI18n } from '../../i18n/i18n.js';
import { ReportView } from './report-view.js';
import { ViolationsCharts } from './violations-charts.js';

const LANGUAGES = ['en', 'fr', 'uk'] as const;
const SPANS = ['7', '14', '30'] as const;
const DAY = 86_400_000;

const shift = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const isDate = (s: string | null): s is string => s !== null && /^\d{4}-\d{2}-\d{2}$/.test(s);

/**
 * Daily reports: browse by date, read the report the server renders in English, French or
 * Ukrainian, download it as PDF, and chart violations per region against the period before.
 * Date, language and span are kept in the address.
 */
export default function ReportsPage() {
  const { t, locale } = useI18n();
  const { search } = useLocation();
  const yesterday = shift(new Date().toISOString().slice(0, 10), -1);
  const date = isDate(search.get('date')) ? search.get('date')! : yesterday;
  const lang = LANGUAGES.find((l) => l === search.get('lang')) ?? locale;
  const span = SPANS.find((s) => s === search.get('span')) ?? '14';
  const update = (values: Record<string, string>) => setSearch({ ...Object.fromEntries(search), ...values });

  return (
    <Page title={t('monitoring.reports')} lead={t('monitoring.reports.lead')}>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('monitoring.reports')}>
        <TextField
          label={t('monitoring.reports.date')}
          type="date"
          value={date}
          max={new Date().toISOString().slice(0, 10)}
          onChange={(e) => isDate(e.target.value) && update({ date: e.target.value })}
        />
        <SelectField
          label={t('monitoring.reports.language')}
          value={lang}
          onChange={(e) => update({ lang: e.target.value })}
          options={[
            ['en', 'English'],
            ['fr', 'Français'],
            ['uk', 'Українська'],
          ]}
        />
        <div className="form-actions">
          <button type="button" className="button" onClick={() => update({ date: shift(date, -1) })}>
            {t('monitoring.reports.previousDay')}
          </button>
          <button type="button" className="button" onClick={() => update({ date: shift(date, 1) })}>
            {t('monitoring.reports.nextDay')}
          </button>
          <a
            className="button button--primary"
            href={apiUrl(`reports/daily/${date}`, { format: 'pdf', lang })}
            download={`daily-report-${date}-${lang}.pdf`}
          >
            {t('monitoring.reports.pdf')}
          </a>
        </div>
      </form>
      <Section title={t('monitoring.reports.charts')}>
        <SelectField
          label={t('monitoring.reports.span')}
          value={span}
          onChange={(e) => update({ span: e.target.value })}
          options={SPANS.map((s) => [s, t('monitoring.days', { days: s })] as const)}
        />
        <ViolationsCharts first={shift(date, 1 - Number(span))} last={date} />
      </Section>
      <Section title={t('monitoring.reports.report', { date })}>
        <ReportView date={date} lang={lang} />
      </Section>
    </Page>
  );
}
