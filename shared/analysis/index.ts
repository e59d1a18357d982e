export * from './types';
export * from './settings';
export * from './engine';
export { renderEvidence } from './messages';
export type { Locale } from './messages';
export { RECOMMENDATION_CATALOGUE, parseCatalogue } from './recommendations';
export type { CatalogueEntry } from './recommendations';
