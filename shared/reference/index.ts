export type * from './types';
export * from './referentials';
