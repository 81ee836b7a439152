import { Link } from '../../app/router.js';
import { useI18n } from '../../i18n/i18n.js';
import type { Fulfilment, FulfilmentYear } from './agreements-api.js';

// The figure columns, in order, by their string keys.
const FIGURE_HEADERS = [
  'promised',
  'committed',
  'allocated',
  'delivered',
  'deliveredShare',
  'pledgeCount',
] as const;

/**
 * Promised against committed, allocated and delivered, one row per agreement and year, with
 * each agreement's total. Every figure cell carries its raw EUR value in `data-value`, so
 * what is shown can be checked against the API.
 */
export function FulfilmentTable({
  items,
  caption,
  linkAgreements = false,
}: {
  items: readonly Fulfilment[];
  caption: string;
  linkAgreements?: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="fulfilment-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="fulfilment">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('agreements.agreement')}</th>
            <th scope="col">{t('agreements.year')}</th>
            {FIGURE_HEADERS.map((key) => (
              <th key={key} scope="col" className="numeric">
                {t(`agreements.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        {items.map((f) => (
          <tbody key={f.agreementId} data-agreement={f.agreementId}>
            {f.years.length === 0 ? (
              <tr>
                <AgreementCell f={f} link={linkAgreements} rows={1} />
                <td colSpan={7} className="muted">
                  {t('agreements.nothingYet')}
                </td>
              </tr>
            ) : (
              f.years.map((y, i) => (
                <tr key={y.year} data-year={y.year}>
                  {i === 0 && <AgreementCell f={f} link={linkAgreements} rows={f.years.length + 1} />}
                  <th scope="row">{y.year}</th>
                  <YearCells y={y} />
                </tr>
              ))
            )}
            {f.years.length > 0 && (
              <tr data-year="total">
                <th scope="row">{t('agreements.total')}</th>
                <Money value={f.total.promisedEur} name="promised" />
                <Money value={f.total.committedEur} name="committed" />
                <Money value={f.total.allocatedEur} name="allocated" />
                <Money value={f.total.deliveredEur} name="delivered" />
                <td />
                <td className="numeric" data-figure="pledges" data-value={f.total.pledges}>
                  {f.total.pledges}
                </td>
              </tr>
            )}
          </tbody>
        ))}
      </table>
    </div>
  );
}

function AgreementCell({ f, link, rows }: { f: Fulfilment; link: boolean; rows: number }) {
  return (
    <th scope="rowgroup" rowSpan={rows}>
      {link ? <Link to={`/agreements/${f.agreementId}`}>{f.partnerName}</Link> : f.partnerName}
    </th>
  );
}

function YearCells({ y }: { y: FulfilmentYear }) {
  const { format } = useI18n();
  return (
    <>
      <td className="numeric" data-figure="promised" data-value={y.promisedEur ?? ''}>
        {y.promisedEur !== null && <MoneyText value={y.promisedEur} />}
        {y.promisedOther.map((text) => (
          <div key={text} className="muted">
            {text}
          </div>
        ))}
        {y.promisedEur === null && y.promisedOther.length === 0 && '–'}
      </td>
      <Money value={y.committedEur} name="committed" />
      <Money value={y.allocatedEur} name="allocated" />
      <Money value={y.deliveredEur} name="delivered" />
      <td className="numeric">
        {y.deliveredShare === null ? '–' : format.number(y.deliveredShare, { style: 'percent' })}
      </td>
      <td className="numeric" data-figure="pledges" data-value={y.pledgeIds.length}>
        {y.pledgeIds.length}
      </td>
    </>
  );
}

function MoneyText({ value }: { value: number }) {
  const { format } = useI18n();
  return <>{format.number(value, { style: 'currency', currency: 'EUR', notation: 'compact' })}</>;
}

function Money({ value, name }: { value: number | null; name: string }) {
  return (
    <td className="numeric" data-figure={name} data-value={value ?? ''}>
      {value === null ? '–' : <MoneyText value={value} />}
    </td>
  );
}
