import { useApi } from '../../api/use-api.js';
import { setSearch, useLocation } from '../../app/router.js';
import { SelectField } from '../../components/form.js';
import { Page } from '../../components/page.js';
import { Async, Empty } from '../../components/states.js';
import { useI18n } from '../../i18n/i18n.js';
import { ActivationBoard } from './board.js';
import type { Activation, ListOf } from './guarantees-api.js';
import './guarantees.css';

/** The live activation board of the latest confirmed activation, or of the one chosen. */
export default function BoardPage() {
  const { t, format } = useI18n();
  const { search } = useLocation();
  const confirmed = useApi<ListOf<Activation>>('guarantees/activations', { status: 'confirmed', limit: 100 });
  return (
    <Page title={t('guarantees.board')} lead={t('guarantees.boardLead')}>
      <Async state={confirmed}>
        {(page) => {
          if (page.items.length === 0) return <Empty>{t('guarantees.noConfirmed')}</Empty>;
          const chosen = page.items.find((a) => a.id === search.get('activation')) ?? page.items[0]!;
          return (
            <>
              <div className="filters">
                <SelectField
                  label={t('guarantees.activation')}
                  value={chosen.id}
                  onChange={(e) => setSearch({ activation: e.target.value })}
                  options={page.items.map(
                    (a) => [a.id, `${a.title} · ${a.startedAt ? format.dateTime(a.startedAt) : ''}`] as const,
                  )}
                />
              </div>
              <ActivationBoard key={chosen.id} activationId={chosen.id} />
            </>
          );
        }}
      </Async>
    </Page>
  );
}
