import CoT from './cot.js';
import type { FileShareAttributes } from './types/types.js';
import type { Static } from '@sinclair/typebox';
export declare class FileShare extends CoT {
    constructor(fileshare: Static<typeof FileShareAttributes>);
}
