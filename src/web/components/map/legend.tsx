import { useI18n } from '../../i18n/i18n.js';
import { cellScale } from './apply-layers.js';
import type { MapLayer } from './layers.js';
import { symbolDataUrl } from './symbol-cache.js';

function Swatch({ layer }: { layer: MapLayer }) {
  switch (layer.kind) {
    case 'symbols': {
      const first = layer.symbols[0];
      return first ? <img className="legend__symbol" src={symbolDataUrl(first.sidc, 16)} alt="" /> : null;
    }
    case 'lines':
      return (
        <span
          className={`legend__line${layer.dashed ? ' legend__line--dashed' : ''}`}
          style={{ borderColor: layer.color }}
          aria-hidden="true"
        />
      );
    case 'points':
      return <span className="legend__dot" style={{ background: layer.color }} aria-hidden="true" />;
    case 'polygons':
    case 'countries':
      return <span className="legend__area" style={{ background: layer.color }} aria-hidden="true" />;
    case 'cells':
      return (
        <span
          className="legend__ramp"
          style={{ background: `linear-gradient(to right, ${layer.color}1f, ${layer.color}cc)` }}
          aria-hidden="true"
        />
      );
  }
}

/** The range of a density layer, e.g. "0 – 42". */
function CellRange({ layer }: { layer: MapLayer }) {
  const { format } = useI18n();
  if (layer.kind !== 'cells' || layer.cells.length === 0) return null;
  return <span className="legend__range"> (0 – {format.number(cellScale(layer))})</span>;
}

/** The legend: one checkbox per layer (to show or hide it) with its swatch. */
export function Legend({
  layers,
  hidden,
  onToggle,
}: {
  layers: readonly MapLayer[];
  hidden: ReadonlySet<string>;
  onToggle: (id: string) => void;
}) {
  const { t } = useI18n();
  if (layers.length === 0) return null;
  return (
    <fieldset className="legend">
      <legend>{t('map.legend')}</legend>
      <ul>
        {layers.map((layer) => (
          <li key={layer.id}>
            <label>
              <input type="checkbox" checked={!hidden.has(layer.id)} onChange={() => onToggle(layer.id)} />
              <Swatch layer={layer} />
              {layer.label}
              <CellRange layer={layer} />
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
