import { Component, type ReactNode } from 'react';
import { GuarantorMap, type LonLat } from '../../components/map/index.js';
import { useI18n } from '../../i18n/i18n.js';

/** Keeps the form usable when the map cannot load (offline before its files were ever cached). */
class MapFallback extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * A small map to set an observation's location by tapping it (the shared map's `onMapClick`),
 * showing the chosen point. Positions are `[longitude, latitude]`, rounded to 6 decimals (≈ 0.1 m).
 */
export function LocationMap({
  position,
  onChange,
}: {
  position: LonLat | undefined;
  onChange: (position: LonLat) => void;
}) {
  const { t } = useI18n();
  return (
    <MapFallback>
      <p className="field__hint">{t('monitoring.tapToLocate')}</p>
      <GuarantorMap
        label={t('monitoring.locationMap')}
        bounds={[31, 46, 39, 51]}
        layers={[
          {
            kind: 'points',
            id: 'chosen-location',
            label: t('monitoring.chosenLocation'),
            color: '#1f4e79',
            radius: 7,
            points: position ? [{ id: 'chosen', position }] : [],
          },
        ]}
        onMapClick={([lon, lat]) => onChange([Number(lon.toFixed(6)), Number(lat.toFixed(6))])}
      />
    </MapFallback>
  );
}
