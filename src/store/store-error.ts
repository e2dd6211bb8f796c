/** Why the store refused or could not read something. */
export type StoreErrorCode =
  | "store_url_invalid"
  | "store_migration_failed"
  | "store_row_invalid"
  | "store_time_invalid"
  | "store_not_found"
  | "store_argument_invalid";

/** A surprise from the store: carries a `code` for the one handler in main.ts and the original `cause`. */
export class StoreError extends Error {
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StoreError";
    this.code = code;
  }
}
