import pg from 'pg';
import { prepareVolume } from '../../src/modules/deconfliction/conflict-rule.js';
import type { ConflictPair } from '../../src/modules/deconfliction/find-conflicts.js';
import { METRES_PER_DEGREE } from '../../src/modules/deconfliction/footprint-geometry.js';
import type { Volume4D } from '../../src/modules/deconfliction/volume.js';

function wkt(v: Volume4D): string {
  const f = v.footprint;
  switch (f.type) {
    case 'circle':
      return `POINT(${f.center[0]} ${f.center[1]})`;
    case 'corridor':
      return `LINESTRING(${f.path.map((p) => `${p[0]} ${p[1]}`).join(',')})`;
    case 'polygon':
      return `POLYGON(${f.rings.map((r) => `(${r.map((p) => `${p[0]} ${p[1]}`).join(',')})`).join(',')})`;
  }
}

/**
 * The PostGIS peer on the same volumes: one multicolumn GiST index on (reach box geometry,
 * tstzrange, numrange), `&&` on all three, then the exact rule in SQL with `ST_DWithin` on
 * the cores scaled to metres around the same reference latitude as the in-memory test
 * (`ST_Intersects` of buffered shapes would approximate the circles with polygons).
 * Creates a scratch database with the extension and drops it afterwards.
 */
export async function postgisConflicts(
  adminUrl: string,
  volumes: readonly Volume4D[],
): Promise<{ pairs: ConflictPair[]; loadMs: number; indexMs: number; queryMs: number }> {
  const name = `guarantor_bench_decon_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = new pg.Client({ connectionString: url.toString() });
  try {
    await db.connect();
    await db.query('CREATE EXTENSION postgis');
    await db.query(`CREATE TABLE acts (
      id text PRIMARY KEY, party text NOT NULL, role text NOT NULL,
      core geometry NOT NULL, box geometry NOT NULL, south float8 NOT NULL, north float8 NOT NULL,
      r float8 NOT NULL, lbuf float8 NOT NULL, vbuf float8 NOT NULL,
      lower_m float8 NOT NULL, upper_m float8 NOT NULL,
      trange tstzrange NOT NULL, arange numrange NOT NULL)`);
    let t = performance.now();
    const BATCH = 2_000;
    for (let i = 0; i < volumes.length; i += BATCH) {
      const chunk = volumes.slice(i, i + BATCH).map((v) => ({ v, p: prepareVolume(v) }));
      await db.query(
        `INSERT INTO acts
         SELECT id, party, role, ST_GeomFromText(core), ST_MakeEnvelope(w, s, e, n), s, n, r, lbuf, vbuf, lo, hi,
                tstzrange(to_timestamp(t0 / 1000.0), to_timestamp(t1 / 1000.0), '[)'),
                numrange((lo - vbuf)::numeric, (hi + vbuf)::numeric, '[)')
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[], $7::float8[], $8::float8[],
                     $9::float8[], $10::float8[], $11::float8[], $12::float8[], $13::float8[], $14::float8[], $15::float8[])
              AS u(id, party, role, core, w, s, e, n, r, lbuf, vbuf, lo, hi, t0, t1)`,
        [
          chunk.map((c) => c.v.id),
          chunk.map((c) => c.v.party),
          chunk.map((c) => c.v.role),
          chunk.map((c) => wkt(c.v)),
          chunk.map((c) => c.p.west),
          chunk.map((c) => c.p.south),
          chunk.map((c) => c.p.east),
          chunk.map((c) => c.p.north),
          chunk.map((c) => c.p.radiusM),
          chunk.map((c) => c.v.lateralBufferM),
          chunk.map((c) => c.v.verticalBufferM),
          chunk.map((c) => c.v.altitude.lowerM),
          chunk.map((c) => c.v.altitude.upperM),
          chunk.map((c) => c.v.start),
          chunk.map((c) => c.v.end),
        ],
      );
    }
    const loadMs = performance.now() - t;
    t = performance.now();
    await db.query('CREATE INDEX acts_gist ON acts USING gist (box, trange, arange)');
    await db.query('ANALYZE acts');
    const indexMs = performance.now() - t;
    t = performance.now();
    const res = await db.query<{ a: string; b: string }>(
      `SELECT a.id AS a, b.id AS b
       FROM acts a JOIN acts b
         ON a.id < b.id AND a.box && b.box AND a.trange && b.trange AND a.arange && b.arange
       WHERE (a.role = 'activity' OR b.role = 'activity')
         AND (a.role = 'zone' OR b.role = 'zone' OR a.party <> b.party)
         AND a.lower_m < b.upper_m + greatest(a.vbuf, b.vbuf)
         AND b.lower_m < a.upper_m + greatest(a.vbuf, b.vbuf)
         AND ST_DWithin(
               ST_Scale(a.core, $1 * cos(radians((greatest(a.south, b.south) + least(a.north, b.north)) / 2)), $1),
               ST_Scale(b.core, $1 * cos(radians((greatest(a.south, b.south) + least(a.north, b.north)) / 2)), $1),
               a.r + b.r + greatest(a.lbuf, b.lbuf))`,
      [METRES_PER_DEGREE],
    );
    const queryMs = performance.now() - t;
    return { pairs: res.rows, loadMs, indexMs, queryMs };
  } finally {
    await db.end().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
