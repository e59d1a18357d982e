// Messages between the importing thread and the JSON Lines parse workers.
import type { ChunkResult, ChunkTask } from './jsonl-chunks';

export interface ParseWorkerInput {
  referenceDir?: string;
}

export type ToParseWorker = { kind: 'parse'; task: ChunkTask };

export type FromParseWorker =
  { kind: 'parsed'; result: ChunkResult } | { kind: 'error'; seq: number; message: string };

/** Each worker holds at most this many chunks (parsed or waiting): memory stays flat. */
export const CHUNKS_IN_FLIGHT_PER_WORKER = 2;
