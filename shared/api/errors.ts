// The stable error codes a reply can carry. The renderer chooses its message from the
// code (never from the text), so a code is never renamed once released.
export const API_ERROR_CODES = [
  'unknown_channel',
  'invalid_arguments',
  'not_found',
  'unsupported',
  'import_input',
  'busy',
  'unauthorized',
  'forbidden',
  'locked',
  'conflict',
  'internal',
  /** The database is not open (recovery mode, or a restore in progress). */
  'unavailable',
  /** SQLITE_FULL: the disk (or the database's size limit) is full; nothing was written. */
  'storage_full',
  /** SQLITE_READONLY: the database file or its folder cannot be written. */
  'read_only',
  /** A person's staged files would pass their quota (server/import/staged-files.ts). */
  'quota_exceeded',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
}

export type ApiReply<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Thrown by a handler to answer with a given code; anything else becomes `internal`. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}
