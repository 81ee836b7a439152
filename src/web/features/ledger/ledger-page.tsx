import { useEffect, useState } from 'react';
import { useApi } from '../../api/use-api.js';
import { DataTable } from '../../components/data-table.js';
import { Page, Section } from '../../components/page.js';
import { Async, LoadError, Loading } from '../../components/states.js';
import { Time } from '../../components/time.js';
import { asError } from '../../components/use-submit.js';
import { useI18n } from '../../i18n/i18n.js';
import { GrowthCheck } from './growth-check.js';
import { fetchCheckpointNote, type CheckpointView, type WitnessStatus } from './ledger-api.js';
import { RecordCheck } from './record-check.js';
import { parseCheckpoint, type CheckpointBody } from './verify.js';
import './ledger.css';

/** The ledger: the newest checkpoint, this browser's consistency check, record proofs, witnesses. */
export default function LedgerPage() {
  const { t, format } = useI18n();
  const [body, setBody] = useState<CheckpointBody>();
  const [error, setError] = useState<Error>();
  useEffect(() => {
    fetchCheckpointNote()
      .then((note) => {
        const parsed = parseCheckpoint(note);
        if (!parsed) throw new Error('the checkpoint note is malformed');
        setBody(parsed);
      })
      .catch((err: unknown) => setError(asError(err)));
  }, []);
  const checkpoint = useApi<CheckpointView>(body ? `ledger/checkpoints/${body.size}` : null);
  const witnesses = useApi<WitnessStatus>('ledger/witnesses/status');

  return (
    <Page title={t('ledger.title')} lead={t('ledger.lead')}>
      <Section title={t('ledger.growth')} id="ledger-growth">
        {error ? <LoadError error={error} /> : body ? <GrowthCheck newest={body} /> : <Loading />}
      </Section>
      <Section title={t('ledger.checkpoint')} id="ledger-checkpoint">
        <Async state={checkpoint}>
          {(c) => (
            <>
              <dl className="facts">
                <dt>{t('ledger.origin')}</dt>
                <dd>{body?.origin}</dd>
                <dt>{t('ledger.treeSize')}</dt>
                <dd data-testid="tree-size">{format.number(c.treeSize)}</dd>
                <dt>{t('ledger.rootHash')}</dt>
                <dd>
                  <code className="hash">{c.rootHash}</code>
                </dd>
                <dt>{t('ledger.issuedAt')}</dt>
                <dd>
                  <Time iso={c.issuedAt} />
                </dd>
                <dt>{t('ledger.cosignatures')}</dt>
                <dd>
                  {c.cosignatures.length === 0
                    ? t('ledger.noCosignatures')
                    : c.cosignatures.map((s) => `${s.party} (${s.name})`).join(', ')}
                </dd>
              </dl>
              <details>
                <summary>{t('ledger.note')}</summary>
                <pre className="ledger-note">{c.note}</pre>
              </details>
            </>
          )}
        </Async>
      </Section>
      <Section title={t('ledger.record')} id="ledger-record">
        <RecordCheck />
      </Section>
      <Section title={t('ledger.witnesses')} id="ledger-witnesses">
        <Async state={witnesses}>
          {(w) =>
            w.witnesses.length === 0 ? (
              <p>{t('ledger.noWitnesses')}</p>
            ) : (
              <DataTable
                caption={t('ledger.witnesses')}
                rows={w.witnesses}
                rowKey={(x) => x.keyId}
                columns={[
                  { id: 'party', header: t('ledger.witnessParty'), value: (x) => x.party },
                  { id: 'name', header: t('ledger.witnessName'), value: (x) => x.name },
                  {
                    id: 'latest',
                    header: t('ledger.witnessedLatest'),
                    value: (x) => (x.witnessedLatest ? t('common.yes') : t('common.no')),
                  },
                ]}
              />
            )
          }
        </Async>
      </Section>
    </Page>
  );
}
