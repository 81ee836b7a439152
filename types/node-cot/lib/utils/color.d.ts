/**
 * Helper functions for working with CoT Colours
 *
 * @param {Number|Number[]} color 32bit packged ARGB or [A, R, G, B]
 * @class
 */
export default class Color {
    r: number;
    g: number;
    b: number;
    a: number;
    constructor(color: string | number | number[]);
    as_hex(): string;
    as_32bit(): number;
    as_opacity(): number;
    as_argb(): number[];
    as_rgb(): number[];
}
