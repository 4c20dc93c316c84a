import type { ErrorReporter } from '../ports/error-reporter.port';

/**
 * The undo of each checkout step done so far (Medusa's compensation): run newest first when a
 * later step fails. An undo that fails itself is reported, never swallowed, and the others still run.
 */
export class UndoSteps {
  private readonly steps: { name: string; run: () => Promise<void> }[] = [];

  constructor(
    private readonly errors: ErrorReporter,
    private readonly context: Record<string, unknown>,
  ) {}

  add(name: string, run: () => Promise<void>): void {
    this.steps.push({ name, run });
  }

  async run(cause: unknown): Promise<void> {
    for (const step of [...this.steps].reverse()) {
      try {
        await step.run();
      } catch (error) {
        this.errors.report(error, {
          ...this.context,
          operation: `ordering.checkout.undo.${step.name}`,
          cause: cause instanceof Error ? cause.message : String(cause),
        });
      }
    }
    this.steps.length = 0;
  }
}
