import ms from 'milsymbol';

/** A rendered symbol ready for `map.addImage`. */
export interface SymbolImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
  /** Pixel offset of the symbol's anchor (its position on the ground) from the image centre. */
  offset: [number, number];
  /** False when milsymbol did not recognise the SIDC (it then draws an "unknown" frame). */
  valid: boolean;
}

const cache = new Map<string, SymbolImage>();

/**
 * Renders an APP-6 / MIL-STD-2525 symbol to pixels once per SIDC and size (milsymbol draws
 * about 23k a second; a map of a few thousand units would still stutter without the cache).
 */
export function symbolImage(sidc: string, size: number, pixelRatio: number): SymbolImage {
  const key = `${sidc}@${size}@${pixelRatio}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const symbol = new ms.Symbol(sidc, { size: size * pixelRatio });
  const canvas = symbol.asCanvas();
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas 2D context unavailable');
  const { width, height } = canvas;
  const anchor = symbol.getAnchor();
  const image: SymbolImage = {
    width,
    height,
    data: context.getImageData(0, 0, width, height).data,
    offset: [(width / 2 - anchor.x) / pixelRatio, (height / 2 - anchor.y) / pixelRatio],
    valid: symbol.isValid() === true,
  };
  cache.set(key, image);
  return image;
}

/** Legend swatch of a symbol as a data URL (allowed by the CSP's `img-src data:`). */
export function symbolDataUrl(sidc: string, size: number): string {
  return new ms.Symbol(sidc, { size }).toDataURL();
}
