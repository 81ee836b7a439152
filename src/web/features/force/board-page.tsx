import { useMemo, useState } from 'react';
import { navigate } from '../../app/router.js';
import { apiUrl } from '../../api/client.js';
import { GuarantorMap, type MapLayer } from '../../components/map/index.js';
import { Page, Section } from '../../components/page.js';
import { Async } from '../../components/states.js';
import { useI18n } from '../../i18n/i18n.js';
import { BoardTable } from './board-table.js';
import { useForceData } from './use-force-data.js';
import { WhatIfPanel, whatIfOf, type WhatIfChoice } from './what-if-panel.js';
import './force.css';

/** The force generation board: lines × fill bars, firm vs conditional, what-if toggles, force map. */
export default function BoardPage() {
  const { t, format } = useI18n();
  const [choice, setChoice] = useState<WhatIfChoice>({ backstop: false, parliamentNo: '', excluded: '' });
  const whatIf = useMemo(() => whatIfOf(choice), [choice]);
  const state = useForceData(whatIf);
  return (
    <Page
      title={t('force.board')}
      lead={t('force.boardLead')}
      actions={
        <>
          <a className="button button--quiet" href={apiUrl('force/export/requirements.csv')}>
            {t('force.csvRequirements')}
          </a>{' '}
          <a className="button button--quiet" href={apiUrl('force/export/offers.csv')}>
            {t('force.csvOffers')}
          </a>
        </>
      }
    >
      <Async state={state}>
        {(d) => {
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
          const { personnel } = d.board;
          return (
            <>
              <Section title={t('force.whatIf')}>
                <WhatIfPanel
                  choice={choice}
                  onChange={setChoice}
                  parties={[...new Set(d.offers.map((o) => o.party))].sort()}
                  partiesWithApprovals={[...new Set(d.input.approvals.map((a) => a.party))].sort()}
                />
                <ul className="force-summary" data-testid="personnel-summary">
                  <li>
                    {t('force.labelled', { label: t('force.personnelRequired') })}{' '}
                    <strong>{format.number(personnel.required)}</strong>
                  </li>
                  <li>
                    {t('force.labelled', { label: t('force.personnelFirm') })}{' '}
                    <strong data-testid="personnel-firm">{format.number(personnel.firm)}</strong>
                  </li>
                  <li>
                    {t('force.labelled', { label: t('force.personnelConditional') })}{' '}
                    <strong data-testid="personnel-conditional">
                      {format.number(personnel.conditional)}
                    </strong>
                  </li>
                </ul>
              </Section>
              <Section title={t('force.board')}>
                <BoardTable board={d.board} />
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
