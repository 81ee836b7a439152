import XMLDocument from '../xml-document.js';
import type { Static } from '@sinclair/typebox';
import IconsetSchema, { IconsetAttributes, IconAttributes } from '../types/iconset.js';
type IconsetType = Static<typeof IconsetSchema>;
/**
 * Helper class for creating and parsing Iconset XML documents
 */
export declare class Iconset extends XMLDocument<IconsetType> {
    /**
     * Return an Iconset from a string XML representation
     */
    static parse(input: string | Buffer): Iconset;
    get uid(): string;
    get name(): string;
    icons(): Set<Static<typeof IconAttributes>>;
    to_json(): Static<typeof IconsetAttributes>;
}
export {};
