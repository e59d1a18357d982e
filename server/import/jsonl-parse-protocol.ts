// Messages between the importing thread and the JSON Lines parse workers.
import type { ReferenceData } from '../../shared/reference/types';
import type { ChunkResult, ChunkTask } from './jsonl-chunks';

export interface ParseWorkerInput {
  /** The shipped reference data, as the importing thread parsed it (referenceDataOnce). */
  referenceData: ReferenceData;
}

export type ToParseWorker = { kind: 'parse'; task: ChunkTask };

export type FromParseWorker =
  { kind: 'parsed'; result: ChunkResult } | { kind: 'error'; seq: number; message: string };

/** Each worker holds at most this many chunks (parsed or waiting): memory stays flat. */
export const CHUNKS_IN_FLIGHT_PER_WORKER = 2;
