/** New identifiers: UUID strings (the database columns are uuid). */
export interface IdGenerator {
  next(): string;
}
