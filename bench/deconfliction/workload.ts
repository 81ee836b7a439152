import { METRES_PER_DEGREE } from '../../src/modules/deconfliction/footprint-geometry.js';
import type { Footprint, Volume4D } from '../../src/modules/deconfliction/volume.js';

/** mulberry32, so every run draws the same activities. */
export function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const H = 3_600_000;
const T0 = Date.UTC(2026, 11, 1);
const WEST = 30;
const SOUTH = 46.5;
// 500 km × 300 km at 48° N.
const WIDTH_DEG = 500_000 / (METRES_PER_DEGREE * Math.cos((48 * Math.PI) / 180));
const HEIGHT_DEG = 300_000 / METRES_PER_DEGREE;

/**
 * `n` generated 4-D activities over 30 days in a 500 × 300 km area (the shape of the
 * measured workload in technical.md): circles, corridors and polygons, AMSL bands of at
 * least 100 m, windows of 1–6 h, a few standing sites and zones. Same seed, same set.
 */
export function workload(n: number, seed = 42): Volume4D[] {
  const rnd = generator(seed);
  const out: Volume4D[] = [];
  const m = (metres: number) => metres / METRES_PER_DEGREE;
  const mLon = (metres: number, lat: number) =>
    metres / (METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180));
  for (let i = 0; i < n; i++) {
    const lon = WEST + rnd() * WIDTH_DEG;
    const lat = SOUTH + rnd() * HEIGHT_DEG;
    const shape = rnd();
    let footprint: Footprint;
    if (shape < 0.5) {
      footprint = { type: 'circle', center: [lon, lat], radiusM: 1_000 + Math.round(rnd() * 9_000) };
    } else if (shape < 0.8) {
      const path: [number, number][] = [[lon, lat]];
      for (let k = 0; k < 2; k++) {
        const [x, y] = path[path.length - 1]!;
        path.push([x + mLon((rnd() - 0.5) * 40_000, y), y + m((rnd() - 0.5) * 40_000)]);
      }
      footprint = { type: 'corridor', path, widthM: 500 + Math.round(rnd() * 1_500) };
    } else {
      const w = mLon(5_000 + rnd() * 15_000, lat);
      const h = m(5_000 + rnd() * 15_000);
      footprint = {
        type: 'polygon',
        rings: [
          [
            [lon, lat],
            [lon + w, lat],
            [lon + w * 0.7, lat + h],
            [lon - w * 0.2, lat + h * 0.6],
            [lon, lat],
          ],
        ],
      };
    }
    const kind = rnd();
    const role: Volume4D['role'] = kind < 0.95 ? 'activity' : kind < 0.99 ? 'site' : 'zone';
    const start = T0 + Math.floor(rnd() * 30 * 24 * 4) * (H / 4);
    const lower = Math.round(rnd() * 50) * 100;
    out.push({
      id: `a${String(i).padStart(6, '0')}`,
      party: `P${Math.floor(rnd() * 8)}`,
      role,
      footprint,
      altitude: { lowerM: lower, upperM: lower + 100 + Math.round(rnd() * 19) * 100, datum: 'AMSL' },
      start,
      end: role === 'activity' ? start + (1 + Math.floor(rnd() * 6)) * H : start + 30 * 24 * H,
      lateralBufferM: Math.round(rnd() * 10) * 100,
      verticalBufferM: Math.round(rnd() * 3) * 50,
    });
  }
  return out;
}
