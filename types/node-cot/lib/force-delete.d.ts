import CoT from './cot.js';
export declare class ForceDelete extends CoT {
    constructor(uid: string);
}
