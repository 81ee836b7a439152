import { useMemo, useState } from 'react';
import type { WhatIf } from '../../../modules/commitments/resolve-conditions.js';
import { Link, navigate } from '../../app/router.js';
import { apiUrl } from '../../api/client.js';
import { FillBar } from '../../components/fill-bar.js';
import { GuarantorMap, type MapLayer } from '../../components/map/index.js';
import { Page, Section } from '../../components/page.js';
import { Async } from '../../components/states.js';
import { useI18n } from '../../i18n/i18n.js';
import { useForceData } from './use-force-data.js';

/** The force generation board: lines × fill bars, firm vs conditional, what-if toggles, force map. */
export default function BoardPage() {
  const { t, format } = useI18n();
  const [backstop, setBackstop] = useState(false);
  const [parliamentNo, setParliamentNo] = useState('');
  const [excluded, setExcluded] = useState('');
  const whatIf = useMemo<WhatIf>(
    () => ({
      ...(backstop ? { assumeParties: ['USA'] } : {}),
      ...(parliamentNo ? { approvalsByParty: { [parliamentNo]: 'rejected' as const } } : {}),
      ...(excluded ? { excludeParties: [excluded] } : {}),
    }),
    [backstop, parliamentNo, excluded],
  );
  const state = useForceData(whatIf);
  return (
    <Page
      title={t('force.board')}
      lead={t('force.boardLead')}
      actions={
        <>
          <a className="button button--quiet" href={apiUrl('force/export/requirements.csv')}>
            {t('force.csv')} SOR
          </a>{' '}
          <a className="button button--quiet" href={apiUrl('force/export/offers.csv')}>
            {t('force.csv')} offers
          </a>
        </>
      }
    >
      <Async state={state}>
        {(d) => {
          const parties = [...new Set(d.offers.map((o) => o.party))].sort();
          const withApprovals = [...new Set(d.input.approvals.map((a) => a.party))].sort();
          const offerById = new Map(d.offers.map((o) => [o.id, o]));
          const layers: MapLayer[] = [
            {
              kind: 'symbols',
              id: 'offers',
              label: t('force.map'),
              size: 22,
              symbols: d.offers
                .filter((o) => o.plannedLocation)
                .map((o) => ({
                  id: o.id,
                  sidc: o.sidc,
                  position: [o.plannedLocation!.lon, o.plannedLocation!.lat] as [number, number],
                })),
            },
          ];
          return (
            <>
              <Section title={t('force.whatIf')}>
                <fieldset className="what-if" aria-label={t('force.whatIf')}>
                  <label>
                    <input
                      type="checkbox"
                      checked={backstop}
                      onChange={(e) => setBackstop(e.target.checked)}
                    />{' '}
                    {t('force.grantBackstop')}
                  </label>{' '}
                  <label>
                    {t('force.parliamentNo')}{' '}
                    <select
                      value={parliamentNo}
                      onChange={(e) => setParliamentNo(e.target.value)}
                      aria-label={t('force.parliamentNo')}
                    >
                      <option value="">{t('force.none')}</option>
                      {withApprovals.map((p) => (
                        <option key={p}>{p}</option>
                      ))}
                    </select>
                  </label>{' '}
                  <label>
                    {t('force.exclude')}{' '}
                    <select
                      value={excluded}
                      onChange={(e) => setExcluded(e.target.value)}
                      aria-label={t('force.exclude')}
                    >
                      <option value="">{t('force.none')}</option>
                      {parties.map((p) => (
                        <option key={p}>{p}</option>
                      ))}
                    </select>
                  </label>
                </fieldset>
                <p data-testid="personnel-summary">
                  {t('force.personnelRequired')}: {format.number(d.board.personnel.required)} ·{' '}
                  {t('force.personnelFirm')}: {format.number(d.board.personnel.firm)} ·{' '}
                  {t('force.personnelConditional')}: {format.number(d.board.personnel.conditional)}
                </p>
              </Section>
              <Section title={t('force.board')}>
                <table className="board">
                  <thead>
                    <tr>
                      <th>Line</th>
                      <th>{t('force.firm')}</th>
                      <th>{t('force.conditional')}</th>
                      <th>{t('force.shortfall')}</th>
                      <th>{t('force.offer')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.board.lines.map((l) => (
                      <tr key={l.lineId} data-line={l.ref}>
                        <th scope="row">
                          {l.ref} · {l.capability} ({l.domain}, P{l.priority}) — {l.state}
                        </th>
                        <td>
                          <FillBar label={t('force.firm')} value={l.firm} max={l.required} unit={l.unit} />
                        </td>
                        <td>
                          <FillBar
                            label={t('force.conditional')}
                            value={l.conditionalMet + l.conditionalPending}
                            max={l.required}
                            unit={l.unit}
                          />
                        </td>
                        <td data-testid={`shortfall-${l.ref}`}>{format.number(l.shortfall)}</td>
                        <td>
                          <ul>
                            {l.offers.map((o) => (
                              <li key={o.offerId}>
                                <Link to={`/force/offers/${o.offerId}`}>
                                  {o.party} {o.unitName}
                                </Link>{' '}
                                {format.number(o.quantity)} —{' '}
                                <span className={`state state--${o.state}`}>{o.state}</span>
                              </li>
                            ))}
                          </ul>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </Section>
              <Section title={t('force.map')}>
                <GuarantorMap
                  label={t('force.map')}
                  layers={layers}
                  bounds={[14, 42, 41, 56]}
                  onSelect={(s) => {
                    if (offerById.has(s.featureId)) navigate(`/force/offers/${s.featureId}`);
                  }}
                />
              </Section>
            </>
          );
        }}
      </Async>
    </Page>
  );
}
