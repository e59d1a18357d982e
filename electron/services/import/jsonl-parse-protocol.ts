// Messages between the JSON Lines parse worker and the importing thread.
import type { EncodedJournal } from '../../../shared/journal/write-encoding';

export interface ParseWorkerInput {
  paths: string[];
  referenceDir?: string;
}

export type ParsedLine =
  | {
      kind: 'journal';
      file: string;
      line: number;
      seekerId: string;
      /** The journal as the writer takes it (see shared/journal/write-encoding.ts). */
      encoded: EncodedJournal;
      hash: string;
      warnings: string[];
    }
  | {
      kind: 'rejected';
      file: string;
      line: number;
      seekerId: string | null;
      reason: string;
      content: string;
    };

export type ParseWorkerMessage =
  | { kind: 'batch'; lines: ParsedLine[]; bytesRead: number }
  | { kind: 'done'; contentHash: string; bytesRead: number }
  | { kind: 'error'; message: string };

/** Big enough to amortise commits, small enough to keep memory flat and progress lively. */
export const MAX_BATCH_ACTIONS = 25_000;
export const MAX_BATCH_SEEKERS = 1_000;
/** The parser may run this many batches ahead of the writer, no more. */
export const MAX_BATCHES_IN_FLIGHT = 3;
