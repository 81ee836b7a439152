import type { Static } from '@sinclair/typebox';
import { Position, Polygon } from './types/feature.js';
import { SensorAttributes } from './types/types.js';
export default class Sensor {
    center: Static<typeof Position>;
    sensor: Static<typeof SensorAttributes>;
    constructor(center: Static<typeof Position>, sensor: Static<typeof SensorAttributes>);
    to_geojson(): Static<typeof Polygon> | null;
}
