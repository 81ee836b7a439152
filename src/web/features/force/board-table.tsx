import type { Board } from '../../../modules/force/force-board.js';
import { Link } from '../../app/router.js';
import { FillBar } from '../../components/fill-bar.js';
import { useI18n } from '../../i18n/i18n.js';

/** The board: one row per requirement line with its firm and conditional fill and its offers. */
export function BoardTable({ board }: { board: Board }) {
  const { t, format } = useI18n();
  return (
    <div className="board-scroll">
      <table className="board" data-testid="board">
        <thead>
          <tr>
            <th scope="col">{t('force.line')}</th>
            <th scope="col">{t('force.firm')}</th>
            <th scope="col">{t('force.conditional')}</th>
            <th scope="col">{t('force.shortfall')}</th>
            <th scope="col">{t('force.offer')}</th>
          </tr>
        </thead>
        <tbody>
          {board.lines.map((l) => (
            <tr key={l.lineId} data-line={l.ref}>
              <th scope="row">
                {l.ref} · {l.capability}
                <span className="board__line-meta">
                  {t(`force.domain.${l.domain}`)} · P{l.priority} · {t(`force.lineState.${l.state}`)}
                </span>
              </th>
              <td data-fill="firm">
                <FillBar label={t('force.firm')} value={l.firm} max={l.required} unit={l.unit} />
              </td>
              <td data-fill="conditional">
                <FillBar
                  label={t('force.conditional')}
                  value={l.conditionalMet + l.conditionalPending}
                  max={l.required}
                  unit={l.unit}
                />
              </td>
              <td className="board__shortfall">
                <span className="board__cell-label">{t('force.shortfall')}</span>
                <span data-testid={`shortfall-${l.ref}`}>{format.number(l.shortfall)}</span>
              </td>
              <td>
                <ul>
                  {l.offers.map((o) => (
                    <li key={o.offerId} data-offer={o.offerId} data-state={o.state}>
                      <Link to={`/force/offers/${o.offerId}`}>
                        {o.party} {o.unitName}
                      </Link>{' '}
                      {format.number(o.quantity)}{' '}
                      <span className={`effective effective--${o.state}`}>
                        {t(`force.effective.${o.state}`)}
                      </span>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
