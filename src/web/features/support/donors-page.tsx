import { useApi } from '../../api/use-api.js';
import { setSearch, useLocation } from '../../app/router.js';
import { BarChart, TimeSeriesChart } from '../../components/chart/index.js';
import { DataTable } from '../../components/data-table.js';
import { SelectField, TextField } from '../../components/form.js';
import { Page, Section } from '../../components/page.js';
import { Async } from '../../components/states.js';
import { useI18n } from '../../i18n/i18n.js';
import { aidTypes, cumulativeSeries, rankByAidType, rankByEur, rankByGdpShare } from './donor-charts.js';
import type { DonorTotals, DonorView, ListOf, TimelinePoint } from './support-api.js';
import { usePartyNames } from './use-party-names.js';
import './support.css';

// NATO's 2024 pledge: a minimum baseline of €40bn a year, shared by GDP (domain notes).
const NATO_BASELINE_EUR = 40_000_000_000;
const TYPES = ['Military', 'Financial', 'Humanitarian'];

/**
 * Donor views: ranking in EUR and as a share of GDP against a fair share of a total split by
 * GDP, totals by aid type, and pledges and deliveries over time. Figures are in EUR millions.
 */
export default function DonorsPage() {
  const { t, format } = useI18n();
  const { search } = useLocation();
  const year = search.get('year') ?? '';
  const type = search.get('type') ?? '';
  const fairShare = search.get('fairShare') ?? String(NATO_BASELINE_EUR / 1e9);
  const fairShareEur = Number(fairShare) > 0 ? Number(fairShare) * 1e9 : undefined;
  const view = useApi<DonorView>('support/donors', { year, type, fairShareTotalEur: fairShareEur });
  const timeline = useApi<ListOf<TimelinePoint>>('support/donors/timeline', { type });
  // The years that have pledges (from the timeline), and the one chosen even if it has none.
  const years = [
    ...new Set([...(timeline.data?.items ?? []).map((p) => p.month.slice(0, 4)), ...(year ? [year] : [])]),
  ].sort();
  const m = (v: number) => format.number(v, { maximumFractionDigits: 1 });
  const pct = (v: number) => `${format.number(v, { maximumFractionDigits: 3 })} %`;
  const unitM = t('support.eurMillion');
  const set = (change: Record<string, string>) => setSearch({ year, type, fairShare, ...change });
  const partyName = usePartyNames();
  const named = (rows: ReturnType<typeof rankByEur>) =>
    rows.map((r) => ({ ...r, label: partyName(r.id, r.label) }));
  return (
    <Page title={t('support.donorViews')} lead={t('support.donorsLead')}>
      <div className="filters" role="search">
        <SelectField
          label={t('support.year')}
          value={year}
          onChange={(e) => set({ year: e.target.value })}
          options={[['', t('support.allYears')], ...years.map((y) => [y, y] as const)]}
        />
        <SelectField
          label={t('support.aidType')}
          value={type}
          onChange={(e) => set({ type: e.target.value })}
          options={[['', t('support.all')], ...TYPES.map((x) => [x, x] as const)]}
        />
        <TextField
          label={t('support.fairShareTotal')}
          hint={t('support.fairShareHint')}
          type="number"
          min={0}
          step="any"
          value={fairShare}
          onChange={(e) => set({ fairShare: e.target.value })}
        />
      </div>
      <Async state={view}>
        {(v) => (
          <>
            <GdpNotice donors={v.items} />
            <Section title={t('support.rankingEur')} id="ranking-eur">
              <BarChart
                label={`${t('support.rankingEur')} (${unitM})`}
                rows={named(rankByEur(v.items))}
                series={[
                  { id: 'allocation', label: t('support.measure.allocation') },
                  { id: 'commitment', label: t('support.measure.commitment') },
                  { id: 'delivered', label: t('support.delivered') },
                ]}
                formatValue={m}
              />
            </Section>
            <Section title={t('support.rankingGdp')} id="ranking-gdp">
              <p className="muted">{t('support.fairShareGdpNote')}</p>
              <BarChart
                label={t('support.rankingGdp')}
                rows={named(rankByGdpShare(v.items))}
                markerLabel={t('support.fairShareGdp')}
                series={[
                  { id: 'allocation', label: t('support.measure.allocation') },
                  { id: 'total', label: t('support.totalPledged') },
                ]}
                formatValue={pct}
              />
            </Section>
            <Section title={t('support.byAidType')} id="by-type">
              <BarChart
                label={`${t('support.byAidType')} (${unitM})`}
                rows={named(rankByAidType(v.items, aidTypes(v.items)))}
                series={aidTypes(v.items).map((x) => ({ id: x, label: x }))}
                formatValue={m}
              />
            </Section>
            <Section title={t('support.donorTable')} id="donor-table">
              <DonorTable donors={v.items} name={partyName} />
            </Section>
          </>
        )}
      </Async>
      <Section title={t('support.overTime')} id="over-time">
        <Async state={timeline}>
          {(page) => {
            const s = cumulativeSeries(page.items);
            return (
              <TimeSeriesChart
                label={`${t('support.overTime')} (${unitM})`}
                categories={s.months}
                series={[
                  { id: 'total', label: t('support.totalPledged'), values: s.total },
                  { id: 'allocated', label: t('support.measure.allocation'), values: s.allocated },
                  { id: 'delivered', label: t('support.delivered'), values: s.delivered, dashed: true },
                ]}
                unit={unitM}
                formatValue={m}
              />
            );
          }}
        </Async>
      </Section>
    </Page>
  );
}

/** Says where GDP figures come from, and that EXERCISE figures are illustrations. */
function GdpNotice({ donors }: { donors: readonly DonorTotals[] }) {
  const { t } = useI18n();
  const exercise = donors.find((d) => d.gdpExercise);
  const missing = donors.filter((d) => d.gdpEur === null).length;
  return (
    <>
      {exercise && (
        <p className="notice notice--warning" data-testid="gdp-exercise">
          {t('support.gdpExercise', { source: exercise.gdpSource ?? '' })}
        </p>
      )}
      {missing > 0 && <p className="muted">{t('support.gdpMissing', { count: missing })}</p>}
    </>
  );
}

function DonorTable({
  donors,
  name,
}: {
  donors: readonly DonorTotals[];
  name: (code: string | null, fallback: string) => string;
}) {
  const { t, format } = useI18n();
  const eur = (v: number | null) =>
    v === null ? '–' : format.number(v, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const pct = (v: number | null) =>
    v === null ? '–' : `${format.number(v, { maximumFractionDigits: 3 })} %`;
  return (
    <DataTable
      caption={t('support.donorTable')}
      rows={donors}
      rowKey={(d) => d.donor ?? d.donorName}
      initialSort={{ column: 'total', direction: 'descending' }}
      columns={[
        { id: 'donor', header: t('support.donor'), value: (d) => name(d.donor, d.donorName) },
        {
          id: 'allocation',
          header: t('support.allocationEur'),
          value: (d) => d.allocationEur,
          render: (d) => eur(d.allocationEur),
          numeric: true,
        },
        {
          id: 'total',
          header: t('support.totalEur'),
          value: (d) => d.totalEur,
          render: (d) => eur(d.totalEur),
          numeric: true,
        },
        {
          id: 'delivered',
          header: t('support.deliveredEur'),
          value: (d) => d.deliveredEur,
          render: (d) => eur(d.deliveredEur),
          numeric: true,
        },
        {
          id: 'gdp',
          header: t('support.allocationGdp'),
          value: (d) => d.allocationPercentOfGdp,
          render: (d) => pct(d.allocationPercentOfGdp),
          numeric: true,
        },
        {
          id: 'fair',
          header: t('support.fairShare'),
          value: (d) => d.fairShareEur,
          render: (d) => eur(d.fairShareEur),
          numeric: true,
        },
        {
          id: 'ratio',
          header: t('support.fairShareMet'),
          value: (d) => d.fairShareRatio,
          render: (d) =>
            d.fairShareRatio === null ? '–' : format.number(d.fairShareRatio, { style: 'percent' }),
          numeric: true,
        },
      ]}
    />
  );
}
