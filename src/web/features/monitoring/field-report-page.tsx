import { useEffect, useState, type FormEvent } from 'react';
import { useMe } from '../../app/session.js';
import { SelectField, TextField } from '../../components/form.js';
import { Page, Section } from '../../components/page.js';
import { Empty } from '../../components/states.js';
import { Time } from '../../components/time.js';
import { useI18n } from '../../i18n/i18n.js';
import type { ObservationInput } from '../../../modules/monitoring/monitoring.schemas.js';
import { CATEGORY_NAMES, RELIABILITY, SOURCE_KINDS } from '../../../modules/monitoring/taxonomy.js';
import { LocationMap } from './location-map.js';
import { sha256Hex } from '../../api/upload.js';
import { useOutbox } from './outbox/use-outbox.js';
import { categoryKey, sourceKindKey } from './strings-taxonomy.js';

interface Photo {
  sha256: string;
  name: string;
  mediaType: string;
  sizeBytes: number;
}

/** Registers the service worker that keeps the shell for offline use (production builds only). */
function useServiceWorker(): void {
  useEffect(() => {
    if (import.meta.env.PROD && 'serviceWorker' in navigator) {
      navigator.serviceWorker
        .register('/sw.js')
        .then(() => navigator.serviceWorker.ready)
        .then((registration) => {
          // Assets this page loaded before the worker took over: the worker keeps them too.
          const loaded = performance
            .getEntriesByType('resource')
            .map((e) => e.name)
            .filter((u) => new URL(u).origin === location.origin && !new URL(u).pathname.startsWith('/api/'));
          registration.active?.postMessage({ cache: [...new Set(loaded)] });
        })
        .catch(() => undefined);
    }
  }, []);
}

function numberOrUndefined(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? undefined : Number(trimmed);
}

/**
 * Field reporting that works with no network: the form writes the observation to the outbox
 * (IndexedDB, client UUID) the moment it is saved; the outbox sends it when it can.
 */
export default function FieldReportPage() {
  const { t } = useI18n();
  const me = useMe();
  const outbox = useOutbox();
  useServiceWorker();
  const [category, setCategory] = useState<string>(CATEGORY_NAMES[0] ?? '');
  const [quantity, setQuantity] = useState('1');
  const [bearing, setBearing] = useState('');
  const [distance, setDistance] = useState('');
  const [lon, setLon] = useState('');
  const [lat, setLat] = useState('');
  const [notes, setNotes] = useState('');
  const [sourceKind, setSourceKind] = useState<string>('patrol');
  const [sourceId, setSourceId] = useState(`${me.party}-${me.username}`);
  const [reliability, setReliability] = useState<string>('B');
  const [credibility, setCredibility] = useState('2');
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [message, setMessage] = useState<string>();
  const [locating, setLocating] = useState(false);

  const locate = () => {
    if (!('geolocation' in navigator)) return setMessage(t('monitoring.noGeolocation'));
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setLon(p.coords.longitude.toFixed(6));
        setLat(p.coords.latitude.toFixed(6));
        setLocating(false);
      },
      (e) => {
        setMessage(`${t('monitoring.noGeolocation')} (${e.message})`);
        setLocating(false);
      },
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  };

  const addPhotos = async (files: FileList | null) => {
    if (!files) return;
    const hashed = await Promise.all(
      [...files].map(async (f) => ({
        sha256: await sha256Hex(f),
        name: f.name,
        mediaType: f.type || 'application/octet-stream',
        sizeBytes: f.size,
      })),
    );
    setPhotos((p) => [...p, ...hashed.filter((h) => !p.some((x) => x.sha256 === h.sha256))]);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const x = numberOrUndefined(lon);
    const y = numberOrUndefined(lat);
    if (x === undefined || y === undefined || Number.isNaN(x) || Number.isNaN(y)) {
      return setMessage(t('monitoring.needLocation'));
    }
    const q = numberOrUndefined(quantity);
    const b = numberOrUndefined(bearing);
    const d = numberOrUndefined(distance);
    const observation: ObservationInput = {
      id: crypto.randomUUID(),
      observedAt: new Date().toISOString(),
      location: { type: 'Point', coordinates: [x, y] },
      source: {
        kind: sourceKind as ObservationInput['source']['kind'],
        id: sourceId,
        reliability: reliability as ObservationInput['source']['reliability'],
        credibility: Number(credibility),
      },
      category,
      ...(q !== undefined ? { quantity: q } : {}),
      ...(b !== undefined ? { bearingDeg: b } : {}),
      ...(d !== undefined ? { distanceM: d } : {}),
      ...(notes.trim() ? { notes: notes.trim() } : {}),
      ...(photos.length > 0 ? { attachments: photos } : {}),
      releasability: 'coalition',
    };
    await outbox.save(observation);
    setMessage(t('monitoring.saved'));
    setNotes('');
    setPhotos([]);
    setBearing('');
    setDistance('');
  };

  return (
    <Page title={t('monitoring.report')} lead={t('monitoring.reportLead')}>
      <form
        className="form field-report"
        noValidate
        onSubmit={(e) => void submit(e)}
        data-testid="field-report"
      >
        <SelectField
          label={t('monitoring.category')}
          value={category}
          onChange={(e) => setCategory(e.target.value)}
          options={CATEGORY_NAMES.map((c) => [c, t(categoryKey(c))] as const)}
        />
        <TextField
          label={t('monitoring.quantity')}
          inputMode="numeric"
          value={quantity}
          onChange={(e) => setQuantity(e.target.value)}
        />
        <TextField
          label={t('monitoring.bearing')}
          inputMode="decimal"
          value={bearing}
          onChange={(e) => setBearing(e.target.value)}
        />
        <TextField
          label={t('monitoring.distance')}
          inputMode="decimal"
          value={distance}
          onChange={(e) => setDistance(e.target.value)}
        />
        <TextField
          label={t('monitoring.longitude')}
          inputMode="decimal"
          value={lon}
          onChange={(e) => setLon(e.target.value)}
        />
        <TextField
          label={t('monitoring.latitude')}
          inputMode="decimal"
          value={lat}
          onChange={(e) => setLat(e.target.value)}
        />
        <p>
          <button type="button" onClick={locate} disabled={locating}>
            {t('monitoring.useMyPosition')}
          </button>
        </p>
        <LocationMap
          position={
            lon !== '' && lat !== '' && Math.abs(Number(lon)) <= 180 && Math.abs(Number(lat)) <= 90
              ? [Number(lon), Number(lat)]
              : undefined
          }
          onChange={([x, y]) => (setLon(String(x)), setLat(String(y)))}
        />
        <TextField label={t('monitoring.notes')} value={notes} onChange={(e) => setNotes(e.target.value)} />
        <SelectField
          label={t('monitoring.sourceKind')}
          value={sourceKind}
          onChange={(e) => setSourceKind(e.target.value)}
          options={SOURCE_KINDS.map((k) => [k, t(sourceKindKey(k))] as const)}
        />
        <TextField
          label={t('monitoring.sourceId')}
          value={sourceId}
          onChange={(e) => setSourceId(e.target.value)}
        />
        <SelectField
          label={t('monitoring.reliability')}
          value={reliability}
          onChange={(e) => setReliability(e.target.value)}
          options={RELIABILITY.map((r) => [r, r] as const)}
        />
        <SelectField
          label={t('monitoring.credibility')}
          value={credibility}
          onChange={(e) => setCredibility(e.target.value)}
          options={['1', '2', '3', '4', '5', '6'].map((c) => [c, c] as const)}
        />
        <TextField
          label={t('monitoring.photos')}
          type="file"
          accept="image/*"
          capture="environment"
          multiple
          onChange={(e) => void addPhotos(e.target.files)}
        />
        {photos.length > 0 && (
          <ul className="field-report__photos">
            {photos.map((p) => (
              <li key={p.sha256}>
                {p.name} — <code>{p.sha256}</code>
              </li>
            ))}
          </ul>
        )}
        <p>
          <button type="submit">{t('monitoring.saveReport')}</button>
        </p>
        {message && <p role="status">{message}</p>}
        {outbox.error && <p role="alert">{outbox.error.message}</p>}
      </form>
      <Section title={t('monitoring.outbox')}>
        <p>
          <button type="button" onClick={() => outbox.sendNow()}>
            {t('monitoring.sendNow')}
          </button>
        </p>
        {outbox.items.length === 0 ? (
          <Empty>{t('monitoring.outboxEmpty')}</Empty>
        ) : (
          <ul className="outbox" data-testid="outbox">
            {outbox.items.map((item) => (
              <li key={item.id} data-state={item.state} data-id={item.id}>
                <strong>{t(`monitoring.outbox.${item.state}`)}</strong> ·{' '}
                {t(categoryKey(item.observation.category))} ·{' '}
                <Time iso={new Date(item.createdAt).toISOString()} /> · <code>{item.id}</code>
                {item.problem && (
                  <div className="outbox__problem" data-testid="outbox-problem">
                    {item.problem.status} {item.problem.title}
                    {item.problem.detail ? `: ${item.problem.detail}` : ''}
                    {item.problem.errors?.map((er) => (
                      <div key={`${er.pointer ?? ''}${er.detail}`}>
                        {er.pointer ? `${er.pointer}: ` : ''}
                        {er.detail}
                      </div>
                    ))}
                  </div>
                )}
                {item.state !== 'queued' && item.state !== 'sending' && (
                  <button type="button" onClick={() => void outbox.remove(item.id)}>
                    {t('monitoring.forget')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </Page>
  );
}
