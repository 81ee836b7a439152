import XMLDocument from '../xml-document.js';
import type { Static } from '@sinclair/typebox';
import BasemapSchema from '../types/basemap.js';
type BasemapType = Static<typeof BasemapSchema>;
/**
 * Helper class for creating and parsing Basemap XML documents
 */
export declare class Basemap extends XMLDocument<BasemapType> {
    /**
     * Return a Basemap from a string XML representation
     */
    static parse(input: string | Buffer): Basemap;
    to_json(): {
        name: string | undefined;
        url: string;
        minZoom: number | undefined;
        maxZoom: number | undefined;
        tileType: string | undefined;
        tileUpdate: string | undefined;
        backgroundColor: string | undefined;
    };
}
export {};
