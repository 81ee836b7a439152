import { useMemo } from 'react';
import type { Page as ListPage } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { Link } from '../../app/router.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { GuarantorMap } from '../../components/map/index.js';
import { Page, Section } from '../../components/page.js';
import { Async } from '../../components/states.js';
import { Time } from '../../components/time.js';
import { useI18n } from '../../i18n/i18n.js';
import type { Notification } from '../../../modules/deconfliction/deconfliction.schemas.js';
import { notificationLayers } from './map-layers.js';

const DAY = 86_400_000;

/** Bars of the next seven days, one row per notification, positioned by start and end. */
function Timeline({ items }: { items: readonly Notification[] }) {
  const { t } = useI18n();
  const from = Date.now();
  const to = from + 7 * DAY;
  const rows = items
    .filter((n) => Date.parse(n.startsAt) < to && (n.endsAt === null || Date.parse(n.endsAt) > from))
    .slice(0, 60);
  return (
    <Section title={t('deconfliction.timeline')}>
      <ol className="timeline" aria-label={t('deconfliction.timeline')}>
        {rows.map((n) => {
          const s = Math.max(from, Date.parse(n.startsAt));
          const e = Math.min(to, n.endsAt === null ? to : Date.parse(n.endsAt));
          const left = ((s - from) / (to - from)) * 100;
          const width = Math.max(0.5, ((e - s) / (to - from)) * 100);
          return (
            <li key={n.id} style={{ display: 'flex', alignItems: 'center', gap: '0.5rem' }}>
              <span
                style={{
                  flex: '0 0 16rem',
                  overflow: 'hidden',
                  whiteSpace: 'nowrap',
                  textOverflow: 'ellipsis',
                }}
              >
                {n.party} · {n.title}
              </span>
              <span style={{ position: 'relative', flex: 1, height: '0.8rem', background: '#eee' }}>
                <span
                  title={`${n.startsAt} – ${n.endsAt ?? '…'}`}
                  style={{
                    position: 'absolute',
                    left: `${left}%`,
                    width: `${width}%`,
                    top: 0,
                    bottom: 0,
                    background: n.kind === 'air' ? '#1f4e79' : n.kind === 'site' ? '#0b6e4f' : '#b8860b',
                  }}
                />
              </span>
            </li>
          );
        })}
      </ol>
    </Section>
  );
}

/** Notifications releasable to the viewer: map, timeline and table, with receipts acknowledged in place. */
export default function NotificationsPage() {
  const { t } = useI18n();
  const list = useApi<ListPage<Notification>>('deconfliction/notifications', { limit: 1000 });
  const columns = useMemo<Column<Notification>[]>(
    () => [
      {
        id: 'title',
        header: t('deconfliction.titleField'),
        value: (n) => `${n.exercise ? `${t('deconfliction.exercise')} ` : ''}${n.title}`,
      },
      { id: 'party', header: t('deconfliction.party'), value: (n) => n.party },
      {
        id: 'kind',
        header: t('deconfliction.kind'),
        value: (n) => `${t(`deconfliction.kind.${n.kind}`)} / ${t(`deconfliction.cat.${n.category}`)}`,
      },
      { id: 'status', header: t('deconfliction.status'), value: (n) => t(`deconfliction.state.${n.status}`) },
      {
        id: 'starts',
        header: t('deconfliction.starts'),
        value: (n) => n.startsAt,
        render: (n) => <Time iso={n.startsAt} />,
      },
      {
        id: 'ends',
        header: t('deconfliction.ends'),
        value: (n) => n.endsAt ?? '',
        render: (n) => (n.endsAt ? <Time iso={n.endsAt} /> : '—'),
      },
    ],
    [t],
  );
  return (
    <Page
      title={t('deconfliction.notifications')}
      lead={t('deconfliction.notificationsLead')}
      actions={
        <Link className="button" to="/deconfliction/notify">
          {t('deconfliction.notify')}
        </Link>
      }
    >
      <Async state={list}>
        {(data) => (
          <>
            <GuarantorMap
              label={t('deconfliction.map')}
              layers={notificationLayers(data.items, {
                areas: t('deconfliction.map'),
                routes: t('deconfliction.shape.route'),
              })}
              bounds={[22, 44, 41, 53]}
            />
            <Timeline items={data.items} />
            <DataTable
              caption={t('deconfliction.notifications')}
              rows={data.items}
              columns={columns}
              rowKey={(n) => n.id}
            />
          </>
        )}
      </Async>
    </Page>
  );
}
