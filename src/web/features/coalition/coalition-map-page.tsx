import { useMemo } from 'react';
import type { Page as ListPage, Party } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { Link, navigate } from '../../app/router.js';
import { GuarantorMap, type MapLayer } from '../../components/map/index.js';
import { Page } from '../../components/page.js';
import { Async } from '../../components/states.js';
import { useI18n } from '../../i18n/i18n.js';

// Colours chosen to stay distinct for the common colour-vision deficiencies.
const ROLE_COLOURS = { host: '#0b6e4f', member: '#1f4e79', partner: '#b8860b', observer: '#7a7a7a' } as const;

/** The coalition on the map: each state party filled by its coalition role. */
export default function CoalitionMapPage() {
  const { t } = useI18n();
  const parties = useApi<ListPage<Party>>('parties');
  const layers = useMemo<MapLayer[]>(() => {
    const items = parties.data?.items ?? [];
    return (Object.keys(ROLE_COLOURS) as (keyof typeof ROLE_COLOURS)[])
      .map((role) => ({
        kind: 'countries' as const,
        id: `coalition-${role}`,
        label: t(`coalition.role.${role}`),
        color: ROLE_COLOURS[role],
        codes: items.filter((p) => p.kind === 'state' && p.coalitionRole === role).map((p) => p.code),
      }))
      .filter((l) => l.codes.length > 0);
  }, [parties.data, t]);
  const codes = new Set(parties.data?.items.map((p) => p.code));
  return (
    <Page
      title={t('coalition.mapTitle')}
      lead={t('coalition.mapLead')}
      actions={
        <Link className="button button--quiet" to="/coalition">
          {t('coalition.parties')}
        </Link>
      }
    >
      <Async state={parties}>
        {() => (
          <GuarantorMap
            label={t('coalition.mapTitle')}
            layers={layers}
            onSelect={(s) => {
              if (codes.has(s.featureId)) navigate(`/coalition/parties/${encodeURIComponent(s.featureId)}`);
            }}
          />
        )}
      </Async>
    </Page>
  );
}
