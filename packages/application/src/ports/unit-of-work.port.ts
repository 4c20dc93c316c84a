/**
 * One database transaction around several repository calls (ARCHITECTURE.md, "A request's way
 * through"). Every repository and store used inside `work` shares the transaction: what `work`
 * writes commits together when it resolves, or not at all when it throws (the error escapes
 * unchanged). A run inside a run joins the outer transaction. The adapter may run `work` again
 * when the database aborts the transaction for a serialisation failure or a deadlock, so `work`
 * must load what it changes inside itself and have no side effects outside the database.
 */
export interface UnitOfWork {
  run<T>(work: () => Promise<T>): Promise<T>;
}
