import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { useMe } from '../../app/session.js';
import { CheckField, ProblemSummary, SelectField, TextField } from '../../components/form.js';
import { useSubmit } from '../../components/use-submit.js';
import { Async } from '../../components/states.js';
import { Time } from '../../components/time.js';
import { useI18n } from '../../i18n/i18n.js';
import { countdown, durationKey, splitDuration } from './countdown.js';
import { REPORTERS, type Board, type Clock } from './guarantees-api.js';
import { useNow } from './use-now.js';

// The board is fetched again every half minute: other parties report their steps meanwhile.
const REFRESH_MS = 30_000;

/**
 * The parties shown: one chosen, or all with the viewer's own party first, then those with
 * overdue or late clocks; with `openOnly`, only clocks not yet done.
 */
function shownParties(board: Board, party: string, openOnly: boolean, own: string): Board['parties'] {
  const attention = (p: Board['parties'][number]) => (p.party === own ? 0 : p.overdue + p.late > 0 ? 1 : 2);
  return board.parties
    .filter((p) => party === '' || p.party === party)
    .map((p) => (openOnly ? { ...p, clocks: p.clocks.filter((c) => c.doneAt === null) } : p))
    .filter((p) => p.clocks.length > 0)
    .sort((a, b) => attention(a) - attention(b) || a.party.localeCompare(b.party));
}

/** Clocks by due time; those without a deadline last. */
function byDeadline(a: Clock, b: Clock): number {
  return (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999');
}

/** A duration in the language: "1 d 2 h", "23 h 5 min", "4 min 10 s". */
function useDuration(): (ms: number) => string {
  const { t } = useI18n();
  return (ms) => {
    const { key, values } = durationKey(splitDuration(ms));
    return t(`guarantees.duration.${key}`, values);
  };
}

/** Where one clock stands, in words, live. */
function ClockCountdown({ clock, now }: { clock: Clock; now: number }) {
  const { t } = useI18n();
  const duration = useDuration();
  const c = countdown(clock, now);
  switch (c.kind) {
    case 'open':
      return <span>{t('guarantees.noDeadline')}</span>;
    case 'left':
      return <span className="countdown">{t('guarantees.dueIn', { time: duration(c.ms) })}</span>;
    case 'past':
      return <span className="countdown">{t('guarantees.overdueBy', { time: duration(c.ms) })}</span>;
    case 'done':
      return (
        <span>
          {c.ms >= 0
            ? t('guarantees.doneEarly', { time: duration(c.ms) })
            : t('guarantees.doneLate', { time: duration(-c.ms) })}
        </span>
      );
  }
}

/** A party reports one of its steps done, with a note for the record. */
function ReportForm({ clock, onDone }: { clock: Clock; onDone: () => void }) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const { busy, error, run } = useSubmit();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const path = `guarantees/activations/${clock.activationId}/clocks/${clock.id}/report`;
    void run(() => api('POST', path, { note }), {
      onDone: () => {
        setNote('');
        onDone();
      },
    });
  };
  return (
    <form className="clock__report" onSubmit={submit}>
      <ProblemSummary error={error} />
      <TextField
        label={t('guarantees.reportNote')}
        value={note}
        required
        onChange={(e) => setNote(e.target.value)}
      />
      <button type="submit" className="button button--small" disabled={busy}>
        {t('guarantees.reportDone')}
      </button>
    </form>
  );
}

/** One clock: what was promised, by when, and where it stands. */
function ClockItem({ clock, now, onChange }: { clock: Clock; now: number; onChange: () => void }) {
  const { t } = useI18n();
  const me = useMe();
  const status = clock.status === 'open' ? 'running' : clock.status;
  const mayReport =
    clock.doneAt === null && clock.party === me.party && (REPORTERS as readonly string[]).includes(me.role);
  return (
    <li className={`clock clock--${status}`} data-kind={clock.kind} data-status={clock.status}>
      <div className="clock__head">
        <span className={`status-chip status-chip--${status}`}>{t(`guarantees.clock.${clock.status}`)}</span>
        <span className="clock__kind">{t(`guarantees.clockKind.${clock.kind}`)}</span>
      </div>
      <p className="clock__title">{clock.title}</p>
      <p className="clock__when">
        {clock.dueAt && (
          <>
            {t('guarantees.due')} <Time iso={clock.dueAt} /> ·{' '}
          </>
        )}
        <ClockCountdown clock={clock} now={now} />
      </p>
      {clock.agreementId && <p className="soft-text">{t('guarantees.fromAgreement')}</p>}
      {clock.note && <p className="soft-text">{clock.note}</p>}
      {mayReport && (
        <details className="clock__report-toggle">
          <summary>{t('guarantees.reportDone')}</summary>
          <ReportForm clock={clock} onDone={onChange} />
        </details>
      )}
    </li>
  );
}

type Counted = Pick<Board['parties'][number], 'met' | 'late' | 'overdue' | 'running'>;

/** The counts of clocks as chips, leaving out the states no clock is in. */
function Counts({ counts }: { counts: Counted }) {
  const { t } = useI18n();
  return (
    <p className="activation-board__counts">
      {(['overdue', 'late', 'running', 'met'] as const)
        .filter((s) => counts[s] > 0)
        .map((s) => (
          <span key={s} className={`status-chip status-chip--${s}`} data-count={s}>
            {t(`guarantees.count.${s}`, { count: counts[s] })}
          </span>
        ))}
    </p>
  );
}

/** The whole board at a glance: every party's clocks counted, and the next deadline. */
function Summary({ board, now }: { board: Board; now: number }) {
  const { t } = useI18n();
  const duration = useDuration();
  const total: Counted = { met: 0, late: 0, overdue: 0, running: 0 };
  for (const p of board.parties)
    for (const s of ['met', 'late', 'overdue', 'running'] as const) total[s] += p[s];
  const next = board.parties
    .flatMap((p) => p.clocks)
    .filter((c) => c.doneAt === null && c.dueAt !== null && Date.parse(c.dueAt) >= now)
    .sort((a, b) => a.dueAt!.localeCompare(b.dueAt!))[0];
  return (
    <div className="activation-board__summary" data-testid="board-summary">
      <Counts counts={total} />
      <p>
        {t('guarantees.partiesOnBoard', { count: board.parties.length })}
        {next && (
          <>
            {' · '}
            {t('guarantees.nextDeadline', {
              party: next.party,
              time: duration(Date.parse(next.dueAt!) - now),
            })}
          </>
        )}
      </p>
    </div>
  );
}

/**
 * The live activation board: per party, each clock it started — consultations, approvals,
 * taking effect — with a countdown that ticks every second and a refresh every half minute.
 */
export function ActivationBoard({ activationId }: { activationId: string }) {
  const { t } = useI18n();
  const me = useMe();
  const board = useApi<Board>(`guarantees/activations/${activationId}/board`);
  const now = useNow();
  const [party, setParty] = useState('');
  const [openOnly, setOpenOnly] = useState(false);
  const { reload } = board;
  useEffect(() => {
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  return (
    <Async state={board}>
      {(b) =>
        b.parties.length === 0 ? (
          <p className="state state--empty">{t('guarantees.noClocks')}</p>
        ) : (
          <>
            <Summary board={b} now={now} />
            <div className="filters">
              <SelectField
                label={t('guarantees.party')}
                value={party}
                onChange={(e) => setParty(e.target.value)}
                options={[
                  ['', t('guarantees.allParties')],
                  ...b.parties.map((p) => [p.party, p.party] as const),
                ]}
              />
              <CheckField label={t('guarantees.openOnly')} checked={openOnly} onChange={setOpenOnly} />
            </div>
            <ul className="activation-board" data-testid="board">
              {shownParties(b, party, openOnly, me.party).map((p) => (
                <li key={p.party} className="activation-board__party" data-party={p.party}>
                  <h3>
                    {p.party}{' '}
                    <span className="soft-text">{t('guarantees.promised', { count: p.promised })}</span>
                  </h3>
                  <Counts counts={p} />
                  <ul className="clocks">
                    {[...p.clocks].sort(byDeadline).map((c) => (
                      <ClockItem key={c.id} clock={c} now={now} onChange={reload} />
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </>
        )
      }
    </Async>
  );
}
