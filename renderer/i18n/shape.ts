// The shape a translation must have: the same keys as the French catalogue, nested the
// same way, every leaf a string. English is checked against it at compile time, and a
// unit test compares placeholders and plural forms (tests/unit/i18n-catalogues.test.ts).
export type CatalogueShape<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : CatalogueShape<T[K]>;
};
