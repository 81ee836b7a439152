import type { ValidateFunction } from 'ajv';
/**
 * Core XML Document support used for XML fortatted DataPackages documents
 * such as Iconsets or Basemaps
 */
export default class XMLDocument<T> {
    raw: T;
    constructor(raw: T);
    static check<U>(input: string, check: ValidateFunction<unknown>): U;
    to_xml(): string;
}
