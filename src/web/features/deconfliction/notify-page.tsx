import { useMemo, useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import { GuarantorMap } from '../../components/map/index.js';
import { fieldError, ProblemSummary, SelectField, TextField } from '../../components/form.js';
import { Page } from '../../components/page.js';
import { useI18n } from '../../i18n/i18n.js';
import type { NewNotification, Submission } from '../../../modules/deconfliction/deconfliction.schemas.js';
import { notificationLayers } from './map-layers.js';

const CATEGORIES = {
  site: ['humanitarian', 'medical', 'critical-infrastructure', 'storage'],
  movement: ['convoy', 'humanitarian-convoy', 'evacuation', 'patrol'],
  air: ['flight', 'uas', 'helicopter', 'airdrop'],
  maritime: ['transit', 'escort', 'mine-countermeasures'],
} as const;
type Kind = keyof typeof CATEGORIES;

/** Parses "lon lat" lines into positions; null when a line is not two numbers. */
export function parsePositions(text: string): [number, number][] | null {
  const out: [number, number][] = [];
  for (const line of text
    .split(/\n/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const [lon, lat, ...rest] = line.split(/[\s,;]+/).map(Number);
    if (
      rest.length > 0 ||
      lon === undefined ||
      lat === undefined ||
      !Number.isFinite(lon) ||
      !Number.isFinite(lat)
    )
      return null;
    out.push([lon, lat]);
  }
  return out;
}

/** The notification form: kind, shape drawn from positions with a live map preview, window, band, releasability. */
export default function NotifyPage() {
  const { t } = useI18n();
  const [kind, setKind] = useState<Kind>('air');
  const [category, setCategory] = useState<string>('uas');
  const [title, setTitle] = useState('');
  const [shape, setShape] = useState<'circle' | 'polygon' | 'route'>('circle');
  const [positions, setPositions] = useState('30.52 50.45');
  const [size, setSize] = useState('2000');
  const [lower, setLower] = useState('0');
  const [upper, setUpper] = useState('1000');
  const [datum, setDatum] = useState<'AMSL' | 'AGL' | 'W84'>('AMSL');
  const [startsAt, setStartsAt] = useState(new Date(Date.now() + 50 * 3_600_000).toISOString().slice(0, 16));
  const [hours, setHours] = useState('2');
  const [emergency, setEmergency] = useState(false);
  const [releasability, setReleasability] = useState<'coalition' | 'public' | 'owner'>('coalition');
  const [error, setError] = useState<Error>();
  const [answer, setAnswer] = useState<Submission>();
  const points = parsePositions(positions);
  const geometry = useMemo<NewNotification['geometry'] | null>(() => {
    if (!points || points.length === 0) return null;
    if (shape === 'circle') return { type: 'Point', coordinates: points[0]! };
    if (shape === 'route') return points.length >= 2 ? { type: 'LineString', coordinates: points } : null;
    return points.length >= 3 ? { type: 'Polygon', coordinates: [[...points, points[0]!]] } : null;
  }, [points, shape]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    if (!geometry) return;
    const start = Date.parse(`${startsAt}:00Z`);
    const body: NewNotification = {
      clientId: crypto.randomUUID(),
      kind,
      category,
      title,
      geometry,
      ...(shape === 'circle'
        ? { radiusM: Number(size) }
        : shape === 'route'
          ? { corridorWidthM: Number(size) }
          : {}),
      altitude: { lowerM: Number(lower), upperM: Number(upper), datum },
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + Number(hours) * 3_600_000).toISOString(),
      emergency,
      releasability,
    };
    try {
      setAnswer(await api<Submission>('POST', 'deconfliction/notifications', body));
    } catch (err) {
      setError(err as Error);
    }
  }

  return (
    <Page title={t('deconfliction.notify')} lead={t('deconfliction.notifyLead')}>
      <ProblemSummary error={error} />
      {answer && (
        <div role="status" className="notice">
          <p>{t('deconfliction.submitted', { count: answer.conflicts.length })}</p>
          <ul>
            {answer.conflicts.map((c) => (
              <li key={c.id}>
                {c.sides.map((s) => (s.party ? `${s.party}: ${s.label}` : s.label)).join(' ↔ ')}
              </li>
            ))}
          </ul>
        </div>
      )}
      <GuarantorMap
        label={t('deconfliction.map')}
        layers={
          geometry
            ? notificationLayers(
                [{ id: 'draft', title, geometry, radiusM: shape === 'circle' ? Number(size) : null }],
                { areas: t('deconfliction.map'), routes: t('deconfliction.shape.route') },
              )
            : []
        }
        bounds={[22, 44, 41, 53]}
        height="320px"
      />
      <form onSubmit={(e) => void submit(e)} className="form">
        <SelectField
          label={t('deconfliction.kind')}
          value={kind}
          onChange={(e) => {
            const k = e.target.value as Kind;
            setKind(k);
            setCategory(CATEGORIES[k][0]);
          }}
          options={Object.keys(CATEGORIES).map((k) => [k, k] as const)}
        />
        <SelectField
          label={t('deconfliction.category')}
          value={category}
          error={fieldError(error, 'category')}
          onChange={(e) => setCategory(e.target.value)}
          options={CATEGORIES[kind].map((c) => [c, c] as const)}
        />
        <TextField
          label={t('deconfliction.titleField')}
          value={title}
          required
          error={fieldError(error, 'title')}
          onChange={(e) => setTitle(e.target.value)}
        />
        <SelectField
          label={t('deconfliction.shape')}
          value={shape}
          onChange={(e) => setShape(e.target.value as typeof shape)}
          options={(['circle', 'polygon', 'route'] as const).map(
            (s) => [s, t(`deconfliction.shape.${s}`)] as const,
          )}
        />
        <label>
          {t('deconfliction.positions')}
          <textarea
            value={positions}
            rows={4}
            onChange={(e) => setPositions(e.target.value)}
            aria-invalid={points === null}
          />
        </label>
        <TextField
          label={shape === 'route' ? t('deconfliction.width') : t('deconfliction.radius')}
          type="number"
          value={size}
          disabled={shape === 'polygon'}
          error={fieldError(error, shape === 'route' ? 'corridorWidthM' : 'radiusM')}
          onChange={(e) => setSize(e.target.value)}
        />
        <TextField
          label={t('deconfliction.lower')}
          type="number"
          value={lower}
          onChange={(e) => setLower(e.target.value)}
        />
        <TextField
          label={t('deconfliction.upper')}
          type="number"
          value={upper}
          error={fieldError(error, 'altitude.upperM')}
          onChange={(e) => setUpper(e.target.value)}
        />
        <SelectField
          label={t('deconfliction.datum')}
          value={datum}
          onChange={(e) => setDatum(e.target.value as typeof datum)}
          options={[
            ['AMSL', 'AMSL'],
            ['AGL', 'AGL'],
            ['W84', 'W84'],
          ]}
        />
        <TextField
          label={`${t('deconfliction.starts')} (UTC)`}
          type="datetime-local"
          value={startsAt}
          error={fieldError(error, 'startsAt')}
          onChange={(e) => setStartsAt(e.target.value)}
        />
        <TextField label="h" type="number" min="1" value={hours} onChange={(e) => setHours(e.target.value)} />
        <label>
          <input type="checkbox" checked={emergency} onChange={(e) => setEmergency(e.target.checked)} />{' '}
          {t('deconfliction.emergency')}
        </label>
        <SelectField
          label={t('deconfliction.releasability')}
          value={releasability}
          onChange={(e) => setReleasability(e.target.value as typeof releasability)}
          options={[
            ['coalition', 'coalition'],
            ['public', 'public'],
            ['owner', 'owner'],
          ]}
        />
        <button type="submit" className="button" disabled={!geometry || !title}>
          {t('deconfliction.submit')}
        </button>
      </form>
    </Page>
  );
}
