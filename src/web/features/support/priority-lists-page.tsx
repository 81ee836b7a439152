import { useApi } from '../../api/use-api.js';
import { Link } from '../../app/router.js';
import { FillBar } from '../../components/fill-bar.js';
import { Page, Section } from '../../components/page.js';
import { Async, Empty } from '../../components/states.js';
import { useMe } from '../../app/session.js';
import { useI18n } from '../../i18n/i18n.js';
import { SUPPORT_WRITERS, type ListOf, type PriorityList, type Tranche } from './support-api.js';
import { TrancheForm } from './tranche-form.js';
import './support.css';

/**
 * PURL-style monthly prioritised lists, newest first: the ranked requirements and each
 * funding tranche's pledged, funded and delivered amounts against its target.
 */
export default function PriorityListsPage() {
  const { t } = useI18n();
  const lists = useApi<ListOf<PriorityList>>('support/priority-lists');
  return (
    <Page title={t('support.priorityLists')} lead={t('support.priorityListsLead')}>
      <Async state={lists}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t('support.noLists')}</Empty>
          ) : (
            page.items.map((list) => <ListPanel key={list.id} list={list} onChange={lists.reload} />)
          )
        }
      </Async>
    </Page>
  );
}

function ListPanel({ list, onChange }: { list: PriorityList; onChange: () => void }) {
  const { t } = useI18n();
  return (
    <Section title={`${list.month} · ${list.title}`} id={`list-${list.id}`}>
      <p>
        <span className={`badge badge--${list.status}`}>{t(`support.listStatus.${list.status}`)}</span>{' '}
        {list.approvedBy.length > 0 && t('support.approvedBy', { parties: list.approvedBy.join(', ') })}
      </p>
      <h3>{t('support.rankedRequirements')}</h3>
      <ol className="priority-lines">
        {list.lines.map((l) => (
          <li key={l.requirementId} value={l.rank}>
            <Link to={`/support/pledges?requirementId=${encodeURIComponent(l.requirementId)}`}>
              {l.title}
            </Link>{' '}
            <span className="muted">({t(`support.capability.${l.capability}`)})</span>
          </li>
        ))}
      </ol>
      <h3>{t('support.tranches')}</h3>
      {list.tranches.length === 0 ? (
        <Empty>{t('support.noTranches')}</Empty>
      ) : (
        <ul className="tranches">
          {list.tranches.map((tr) => (
            <TrancheBars key={tr.id} tranche={tr} onChange={onChange} />
          ))}
        </ul>
      )}
    </Section>
  );
}

function TrancheBars({ tranche: tr, onChange }: { tranche: Tranche; onChange: () => void }) {
  const { t, format } = useI18n();
  const me = useMe();
  // The list's owner (Ukraine or NATO) keeps its tranches' figures.
  const mayUpdate = me.party === tr.owner && (SUPPORT_WRITERS as readonly string[]).includes(me.role);
  const money = (v: number) =>
    format.number(v, { style: 'currency', currency: tr.currency, notation: 'compact' });
  return (
    <li className="card" data-tranche-id={tr.id}>
      <p className="card__title">
        {tr.label} — {t('support.target')}: {money(tr.target)}
      </p>
      <FillBar label={t('support.tranchePledged')} value={tr.pledged} max={tr.target} unit={tr.currency} />
      <FillBar label={t('support.trancheFunded')} value={tr.funded} max={tr.target} unit={tr.currency} />
      <FillBar
        label={t('support.trancheDelivered')}
        value={tr.delivered}
        max={tr.target}
        unit={tr.currency}
      />
      {mayUpdate && (
        <details className="tranche__update">
          <summary>{t('support.updateFigures')}</summary>
          <TrancheForm tranche={tr} onSaved={onChange} />
        </details>
      )}
    </li>
  );
}
