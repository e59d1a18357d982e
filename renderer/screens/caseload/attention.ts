// The grid's attention bands are the ones the team dashboard counts: one definition,
// in shared/, for both sides.
export {
  attentionBand,
  HIGH_ATTENTION,
  MEDIUM_ATTENTION,
} from '../../../shared/analysis/attention-bands';
export type { AttentionBand } from '../../../shared/analysis/attention-bands';
