import { FEATURES } from '../features/index.js';
import { mergeCatalogues } from './catalogue.js';
import { shellStrings } from './shell-strings.js';

/**
 * Every string of the application, per language: the shell's and each registered feature's
 * catalogue (features/<module>/strings.ts), merged once at start.
 */
export const dictionaries = mergeCatalogues([shellStrings, ...FEATURES.map((f) => f.strings)]);
