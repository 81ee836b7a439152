import { useEffect, useState } from 'react';
import { api } from '../../api/client.js';
import { useI18n } from '../../i18n/i18n.js';
import { seenKey } from './ledger-api.js';
import { judgeGrowth, type CheckpointBody, type GrowthVerdict } from './verify.js';

function readSeen(origin: string): CheckpointBody | undefined {
  try {
    const raw = window.localStorage.getItem(seenKey(origin));
    return raw ? (JSON.parse(raw) as CheckpointBody) : undefined;
  } catch {
    return undefined;
  }
}

function remember(body: CheckpointBody): void {
  try {
    window.localStorage.setItem(seenKey(body.origin), JSON.stringify(body));
  } catch {
    // storage blocked: the check still ran, it just cannot carry over to the next visit
  }
}

/**
 * The browser's own answer to "has the record been rewritten?": the newest checkpoint against
 * the one this browser verified last time, through a consistency proof checked here. A
 * consistent log replaces the remembered checkpoint; an inconsistent one never does.
 */
export function GrowthCheck({ newest }: { newest: CheckpointBody }) {
  const { t, format } = useI18n();
  const [verdict, setVerdict] = useState<GrowthVerdict>();
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    setVerdict(undefined);
    void judgeGrowth(readSeen(newest.origin), newest, (from, to) =>
      api<{ proof: string[] }>('GET', 'ledger/proofs/consistency', undefined, { from, to }).then(
        (p) => p.proof,
      ),
    ).then((v) => {
      if (!live) return;
      if (v.kind !== 'rewritten') remember(newest);
      setVerdict(v);
    });
    return () => {
      live = false;
    };
  }, [newest, round]);

  if (!verdict) return <p role="status">{t('ledger.growth.checking')}</p>;
  const n = (v: number) => format.number(v);
  switch (verdict.kind) {
    case 'first':
      return (
        <p className="ledger-verdict" data-verdict="first" role="status">
          {t('ledger.growth.first', { size: n(verdict.size) })}
        </p>
      );
    case 'unchanged':
      return (
        <p className="ledger-verdict ledger-verdict--ok" data-verdict="unchanged" role="status">
          ✓ {t('ledger.growth.unchanged', { size: n(verdict.size) })}
        </p>
      );
    case 'grew':
      return (
        <p className="ledger-verdict ledger-verdict--ok" data-verdict="grew" role="status">
          ✓ {t('ledger.growth.grew', { from: n(verdict.from), to: n(verdict.to) })}
        </p>
      );
    case 'rewritten':
      return (
        <div className="ledger-verdict ledger-verdict--alarm" data-verdict="rewritten" role="alert">
          <p>
            {t('ledger.growth.rewritten', {
              from: n(verdict.from),
              to: n(verdict.to),
              reason: t(`ledger.reason.${verdict.reason}`, { detail: verdict.detail ?? '' }),
            })}
          </p>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              window.localStorage.removeItem(seenKey(newest.origin));
              setRound((r) => r + 1);
            }}
          >
            {t('ledger.forget')}
          </button>
        </div>
      );
  }
}
