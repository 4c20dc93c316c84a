/**
 * A parameterised SQL statement built with the `sql` tag: values become $1, $2... and nested
 * `sql` fragments are spliced in with their values. For the hot statements that
 * PrismaService.query sends to node-postgres directly.
 */
export class Sql {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly unknown[],
  ) {}

  /** The text with $n placeholders and the values in order. */
  toQuery(): { text: string; values: unknown[] } {
    let text = this.strings[0];
    for (let i = 0; i < this.values.length; i++) text += `$${i + 1}${this.strings[i + 1]}`;
    return { text, values: [...this.values] };
  }
}

export function sql(strings: TemplateStringsArray | readonly string[], ...values: unknown[]): Sql {
  const outStrings: string[] = [strings[0]];
  const outValues: unknown[] = [];
  values.forEach((value, i) => {
    if (value instanceof Sql) {
      outStrings[outStrings.length - 1] += value.strings[0];
      value.values.forEach((v, j) => {
        outValues.push(v);
        outStrings.push(value.strings[j + 1]);
      });
      outStrings[outStrings.length - 1] += strings[i + 1];
    } else {
      outValues.push(value);
      outStrings.push(strings[i + 1]);
    }
  });
  return new Sql(outStrings, outValues);
}

/** The fragment that adds nothing. */
export const emptySql = new Sql([''], []);
