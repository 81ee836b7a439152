import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import { Link } from '../../app/router.js';
import { GuarantorMap } from '../../components/map/index.js';
import { ProblemSummary, SelectField, TextField } from '../../components/form.js';
import { useSubmit } from '../../components/use-submit.js';
import { Page } from '../../components/page.js';
import { useI18n } from '../../i18n/i18n.js';
import { sideText } from './conflict-side.js';
import './deconfliction.css';
import type { NewNotification, Submission } from '../../../modules/deconfliction/deconfliction.schemas.js';
import {
  applyMapClick,
  draftGeometry,
  draftLayers,
  parsePositions,
  type DraftShape,
  type DraftState,
} from './draft-shape.js';

const CATEGORIES = {
  site: ['humanitarian', 'medical', 'critical-infrastructure', 'storage'],
  movement: ['convoy', 'humanitarian-convoy', 'evacuation', 'patrol'],
  air: ['flight', 'uas', 'helicopter', 'airdrop'],
  maritime: ['transit', 'escort', 'mine-countermeasures'],
} as const;
type Kind = keyof typeof CATEGORIES;

/**
 * The notification form: kind, the shape drawn by clicking the map (polygon vertices, route
 * waypoints, circle centre then radius) or typed as positions, window, band, releasability.
 */
export default function NotifyPage() {
  const { t } = useI18n();
  const [kind, setKind] = useState<Kind>('air');
  const [category, setCategory] = useState<string>('uas');
  const [title, setTitle] = useState('');
  const [draft, setDraft] = useState<DraftState>({
    shape: 'circle',
    positions: '',
    size: '2000',
    circleStep: 'centre',
  });
  // Earlier drafts, one per map click, for "undo".
  const [history, setHistory] = useState<DraftState[]>([]);
  const { shape, positions, size } = draft;
  const [lower, setLower] = useState('0');
  const [upper, setUpper] = useState('1000');
  const [datum, setDatum] = useState<'AMSL' | 'AGL' | 'W84'>('AMSL');
  const [startsAt, setStartsAt] = useState(new Date(Date.now() + 50 * 3_600_000).toISOString().slice(0, 16));
  const [hours, setHours] = useState('2');
  const [emergency, setEmergency] = useState(false);
  const [releasability, setReleasability] = useState<'coalition' | 'public' | 'owner'>('coalition');
  const { error, fieldError, run } = useSubmit({ clearOnStart: true });
  const [answer, setAnswer] = useState<Submission>();
  const points = parsePositions(positions);
  const geometry = draftGeometry(shape, points);
  const edit = (patch: Partial<DraftState>) => setDraft((d) => ({ ...d, ...patch }));
  const click = (p: readonly [number, number]) => {
    setHistory((h) => [...h, draft]);
    setDraft(applyMapClick(draft, p));
  };
  const undo = () => {
    const previous = history[history.length - 1];
    if (!previous) return;
    setHistory(history.slice(0, -1));
    setDraft(previous);
  };
  const clear = () => {
    setHistory((h) => [...h, draft]);
    edit({ positions: '', circleStep: 'centre' });
  };
  const hint =
    shape === 'circle'
      ? draft.circleStep === 'radius' && points?.length
        ? t('deconfliction.draw.circleRadius')
        : t('deconfliction.draw.circleCentre')
      : shape === 'polygon'
        ? t('deconfliction.draw.polygon', { count: points?.length ?? 0 })
        : t('deconfliction.draw.route', { count: points?.length ?? 0 });

  function submit(e: FormEvent) {
    e.preventDefault();
    // The submit button is disabled until the drawing makes a geometry.
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
    void run(() => api<Submission>('POST', 'deconfliction/notifications', body), { onDone: setAnswer });
  }

  return (
    <Page title={t('deconfliction.notify')} lead={t('deconfliction.notifyLead')}>
      <ProblemSummary error={error} />
      {answer && (
        <div role="status" className="notice">
          <p>{t('deconfliction.submitted', { count: answer.conflicts.length })}</p>
          <ul>
            {answer.conflicts.map((c) => (
              <li key={c.id}>{c.sides.map((s) => sideText(s, t('deconfliction.otherParty'))).join(' ↔ ')}</li>
            ))}
          </ul>
          {answer.conflicts.length > 0 && (
            <Link to="/deconfliction/conflicts">{t('deconfliction.conflicts')}</Link>
          )}
        </div>
      )}
      <div className="draw-map">
        <GuarantorMap
          label={t('deconfliction.draw.map')}
          layers={draftLayers(draft, points, {
            areas: t('deconfliction.map'),
            routes: t('deconfliction.shape.route'),
            vertices: t('deconfliction.draw.vertices'),
            title: title || t('deconfliction.draw.draft'),
          })}
          bounds={[22, 44, 41, 53]}
          onMapClick={click}
        />
      </div>
      <div className="draw-tools">
        <p id="draw-hint" aria-live="polite">
          {hint}
        </p>
        <button type="button" className="button button--quiet" onClick={undo} disabled={history.length === 0}>
          {t('deconfliction.draw.undo')}
        </button>
        <button type="button" className="button button--quiet" onClick={clear} disabled={!positions.trim()}>
          {t('deconfliction.draw.clear')}
        </button>
      </div>
      <form onSubmit={submit} className="form">
        <SelectField
          label={t('deconfliction.kind')}
          value={kind}
          onChange={(e) => {
            const k = e.target.value as Kind;
            setKind(k);
            setCategory(CATEGORIES[k][0]);
          }}
          options={(Object.keys(CATEGORIES) as Kind[]).map((k) => [k, t(`deconfliction.kind.${k}`)] as const)}
        />
        <SelectField
          label={t('deconfliction.category')}
          value={category}
          error={fieldError('category')}
          onChange={(e) => setCategory(e.target.value)}
          options={CATEGORIES[kind].map((c) => [c, t(`deconfliction.cat.${c}`)] as const)}
        />
        <TextField
          label={t('deconfliction.titleField')}
          value={title}
          required
          error={fieldError('title')}
          onChange={(e) => setTitle(e.target.value)}
        />
        <SelectField
          label={t('deconfliction.shape')}
          value={shape}
          onChange={(e) => edit({ shape: e.target.value as DraftShape, circleStep: 'centre' })}
          options={(['circle', 'polygon', 'route'] as const).map(
            (s) => [s, t(`deconfliction.shape.${s}`)] as const,
          )}
        />
        <div className={`field${points === null ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor="draft-positions">
            {t('deconfliction.positions')}
          </label>
          <textarea
            id="draft-positions"
            value={positions}
            rows={4}
            onChange={(e) => edit({ positions: e.target.value })}
            aria-invalid={points === null}
            aria-describedby="draw-hint"
          />
        </div>
        {shape !== 'polygon' && (
          <TextField
            label={shape === 'route' ? t('deconfliction.width') : t('deconfliction.radius')}
            type="number"
            value={size}
            error={fieldError(shape === 'route' ? 'corridorWidthM' : 'radiusM')}
            onChange={(e) => edit({ size: e.target.value })}
          />
        )}
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
          error={fieldError('altitude.upperM')}
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
          error={fieldError('startsAt')}
          onChange={(e) => setStartsAt(e.target.value)}
        />
        <TextField
          label={t('deconfliction.hours')}
          type="number"
          min="1"
          value={hours}
          onChange={(e) => setHours(e.target.value)}
        />
        <div className="field field--inline">
          <input
            id="draft-emergency"
            type="checkbox"
            checked={emergency}
            onChange={(e) => setEmergency(e.target.checked)}
          />
          <label htmlFor="draft-emergency">{t('deconfliction.emergency')}</label>
        </div>
        <SelectField
          label={t('deconfliction.releasability')}
          value={releasability}
          onChange={(e) => setReleasability(e.target.value as typeof releasability)}
          options={(['coalition', 'public', 'owner'] as const).map(
            (r) => [r, t(`deconfliction.rel.${r}`)] as const,
          )}
        />
        <button type="submit" className="button" disabled={!geometry || !title}>
          {t('deconfliction.submit')}
        </button>
      </form>
    </Page>
  );
}
