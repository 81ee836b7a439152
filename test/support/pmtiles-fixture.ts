import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

/**
 * Writes a small raster PMTiles v3 archive for tests: every tile of zooms 0–`maxZoom` is a
 * 256 px PNG of one colour, so a test can tell the detail basemap was drawn. The layout
 * follows the PMTiles v3 specification (127-byte header, root directory, metadata, tiles).
 */
export function writeRasterPmtiles(
  path: string,
  maxZoom = 2,
  rgb: [number, number, number] = [222, 229, 214],
) {
  const tile = solidPng(256, rgb);
  // Tile ids of zooms 0..maxZoom are 0..(4^(maxZoom+1)-1)/3-1, contiguous: one run of the one
  // content addresses them all and keeps the root directory within the 16 KiB first read.
  const addressed = (4 ** (maxZoom + 1) - 1) / 3;
  const entries = [{ tileId: zxyToTileId(0, 0, 0), offset: 0, length: tile.length, runLength: addressed }];
  writeRasterArchive(path, {
    entries,
    tiles: [tile],
    maxZoom,
    name: 'EXERCISE test basemap',
    clustered: false,
  });
}

/**
 * Writes a raster PMTiles v3 archive whose every zoom 0–`maxZoom` has its own tile content
 * (one colour a zoom, at its own offset), so that each zoom is read as a byte range of its
 * own: a test can tell which zooms a reader fetched, and that one it never fetched fails.
 */
export function writeRasterPmtilesByZoom(path: string, maxZoom = 6) {
  const tiles = Array.from({ length: maxZoom + 1 }, (_, z) =>
    solidPng(256, [200 + ((z * 7) % 50), 215 + ((z * 3) % 30), 200 + ((z * 11) % 50)]),
  );
  let offset = 0;
  const entries = tiles.map((tile, z) => {
    const entry = { tileId: zxyToTileId(z, 0, 0), offset, length: tile.length, runLength: 4 ** z };
    offset += tile.length;
    return entry;
  });
  const name = 'EXERCISE test basemap, a colour a zoom';
  writeRasterArchive(path, { entries, tiles, maxZoom, name, clustered: true });
}

interface DirectoryEntry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

/** The PMTiles v3 layout: 127-byte header, root directory, metadata, tile contents. */
function writeRasterArchive(
  path: string,
  archive: { entries: DirectoryEntry[]; tiles: Buffer[]; maxZoom: number; name: string; clustered: boolean },
) {
  const { entries, tiles, maxZoom } = archive;
  const directory = serializeDirectory(entries);
  const metadata = Buffer.from(JSON.stringify({ name: archive.name, format: 'png' }));
  const header = Buffer.alloc(127);
  header.write('PMTiles', 0, 'ascii');
  header.writeUInt8(3, 7);
  const rootOffset = 127;
  const metadataOffset = rootOffset + directory.length;
  const tileOffset = metadataOffset + metadata.length;
  const tileBytes = tiles.reduce((sum, t) => sum + t.length, 0);
  header.writeBigUInt64LE(BigInt(rootOffset), 8);
  header.writeBigUInt64LE(BigInt(directory.length), 16);
  header.writeBigUInt64LE(BigInt(metadataOffset), 24);
  header.writeBigUInt64LE(BigInt(metadata.length), 32);
  header.writeBigUInt64LE(BigInt(tileOffset), 40); // no leaf directories
  header.writeBigUInt64LE(0n, 48);
  header.writeBigUInt64LE(BigInt(tileOffset), 56);
  header.writeBigUInt64LE(BigInt(tileBytes), 64);
  header.writeBigUInt64LE(BigInt(entries.reduce((sum, e) => sum + e.runLength, 0)), 72); // addressed tiles
  header.writeBigUInt64LE(BigInt(entries.length), 80); // tile entries
  header.writeBigUInt64LE(BigInt(tiles.length), 88); // tile contents
  // Clustered: contents in tile-id order; the one-content archive shares one offset instead.
  header.writeUInt8(archive.clustered ? 1 : 0, 96);
  header.writeUInt8(1, 97); // internal compression: none
  header.writeUInt8(1, 98); // tile compression: none
  header.writeUInt8(2, 99); // tile type: png
  header.writeUInt8(0, 100);
  header.writeUInt8(maxZoom, 101);
  header.writeInt32LE(-180e7, 102);
  header.writeInt32LE(-85e7, 106);
  header.writeInt32LE(180e7, 110);
  header.writeInt32LE(85e7, 114);
  header.writeUInt8(0, 118);
  writeFileSync(path, Buffer.concat([header, directory, metadata, ...tiles]));
}

function varint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

function serializeDirectory(entries: readonly DirectoryEntry[]) {
  const out: number[] = [];
  varint(out, entries.length);
  let last = 0;
  for (const e of entries) {
    varint(out, e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) varint(out, e.runLength);
  for (const e of entries) varint(out, e.length);
  entries.forEach((e, i) => {
    const previous = entries[i - 1];
    // 0 means "right after the previous tile"; shared contents repeat the offset + 1.
    varint(out, previous && e.offset === previous.offset + previous.length ? 0 : e.offset + 1);
  });
  return Buffer.from(out);
}

function solidPng(size: number, [r, g, b]: [number, number, number]): Buffer {
  const row = Buffer.alloc(1 + size * 3);
  for (let x = 0; x < size; x++) row.set([r, g, b], 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: size }, () => row));
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
