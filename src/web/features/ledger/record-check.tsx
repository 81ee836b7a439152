import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import { setSearch, useLocation } from '../../app/router.js';
import { DataTable } from '../../components/data-table.js';
import { ProblemSummary, TextField } from '../../components/form.js';
import { useSubmit } from '../../components/use-submit.js';
import { Time } from '../../components/time.js';
import { useI18n } from '../../i18n/i18n.js';
import type { RecordProof } from './ledger-api.js';
import { browserVerifiers, fromBase64, judgeContent, recordLeafHash } from './verify.js';

/** Whether the record's newest leaf is proven in the checkpoint, checked here. */
function judgeRecord(
  p: RecordProof,
): { ok: true; index: number; size: number } | { ok: false; reason: string } {
  const newest = p.leaves[p.leaves.length - 1];
  if (!newest || !p.inclusion || !p.checkpoint) return { ok: false, reason: 'not yet covered' };
  try {
    // The leaf hash the server claims must be the one its content hash implies.
    if (recordLeafHash(p.kind, p.recordId, newest.contentHash) !== newest.leafHash)
      throw new Error('the leaf hash does not match the record’s content hash');
    browserVerifiers.verifyInclusion(
      p.inclusion.leafIndex,
      p.inclusion.treeSize,
      fromBase64(p.inclusion.leafHash),
      p.inclusion.proof.map(fromBase64),
      fromBase64(p.checkpoint.rootHash),
    );
    if (p.inclusion.leafHash !== newest.leafHash) throw new Error('the proof is for another leaf');
    return { ok: true, index: p.inclusion.leafIndex, size: p.inclusion.treeSize };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** "Is this record in the ledger?": its leaves and the inclusion of the newest, verified here. */
export function RecordCheck() {
  const { t, format } = useI18n();
  const search = useLocation().search;
  const [kind, setKind] = useState(search.get('kind') ?? '');
  const [recordId, setRecordId] = useState(search.get('record') ?? '');
  const [result, setResult] = useState<RecordProof>();
  const submit = useSubmit();
  const { busy, error } = submit;

  const run = (k: string, id: string) => {
    const path = `ledger/records/${encodeURIComponent(k)}/${encodeURIComponent(id)}`;
    void submit.run(() => api<RecordProof>('GET', path, undefined, { issue: true }), {
      onDone: setResult,
      onFail: () => setResult(undefined),
    });
  };
  const check = (e: FormEvent) => {
    e.preventDefault();
    setSearch({ kind, record: recordId });
    run(kind, recordId);
  };
  // Arriving from another page's "verify in the ledger" link: check at once.
  useEffect(() => {
    if (kind && recordId) run(kind, recordId);
    // Only the address the page opened with; later checks go through the form.
  }, []);

  const verdict = result && judgeRecord(result);
  const newest = result?.leaves[result.leaves.length - 1];
  const content = result && newest ? judgeContent(result.now, newest.contentHash) : undefined;
  return (
    <>
      <p>{t('ledger.recordLead')}</p>
      <form className="filters" onSubmit={check} aria-label={t('ledger.record')}>
        <TextField label={t('ledger.kind')} value={kind} required onChange={(e) => setKind(e.target.value)} />
        <TextField
          label={t('ledger.recordId')}
          value={recordId}
          required
          onChange={(e) => setRecordId(e.target.value)}
        />
        <button type="submit" className="button" disabled={busy}>
          {t('ledger.check')}
        </button>
      </form>
      <ProblemSummary error={error} />
      {result && verdict && (
        <>
          {verdict.ok ? (
            <p className="ledger-verdict ledger-verdict--ok" data-verdict="included" role="status">
              ✓{' '}
              {t('ledger.included', {
                index: format.number(verdict.index),
                size: format.number(verdict.size),
              })}
            </p>
          ) : (
            <p className="ledger-verdict ledger-verdict--alarm" data-verdict="not-included" role="alert">
              {result.inclusion
                ? t('ledger.notIncluded', { reason: verdict.reason })
                : t('ledger.notYetCovered')}
            </p>
          )}
          {content &&
            (content.kind === 'unchanged' ? (
              <p className="ledger-verdict ledger-verdict--ok" data-verdict="content-unchanged" role="status">
                ✓ {t('ledger.content.unchanged')}
              </p>
            ) : (
              <p
                className="ledger-verdict ledger-verdict--alarm"
                data-verdict={`content-${content.kind}`}
                role="alert"
              >
                {content.kind === 'columns'
                  ? t('ledger.content.columns', { columns: content.columns.join(', ') })
                  : t(`ledger.content.${content.kind}`)}
              </p>
            ))}
          <DataTable
            caption={t('ledger.leaves')}
            rows={result.leaves}
            rowKey={(l) => String(l.leafIndex)}
            columns={[
              { id: 'index', header: t('ledger.leafIndex'), value: (l) => l.leafIndex, numeric: true },
              {
                id: 'at',
                header: t('ledger.recordedAt'),
                value: (l) => l.recordedAt,
                render: (l) => <Time iso={l.recordedAt} />,
              },
              {
                id: 'content',
                header: t('ledger.contentHash'),
                value: (l) => l.contentHash,
                render: (l) => <code className="hash">{l.contentHash}</code>,
              },
            ]}
          />
        </>
      )}
    </>
  );
}
