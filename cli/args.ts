import { UsageError } from "../core/errors.js";

/** A `UsageError` thrown while a command parses its arguments, with a hint to show. */
export class ArgumentError extends UsageError {
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.hint = hint;
  }
}

/**
 * Runs `node:util` `parseArgs` and turns its errors into usage errors a
 * person can act on: `unknown option --bas (did you mean --base?)`.
 */
export function parseOrExplain<T>(known: readonly string[], parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = (error as Error).message;
    const quoted = /'([^']+)'/.exec(message)?.[1] ?? "";
    switch (code) {
      case "ERR_PARSE_ARGS_UNKNOWN_OPTION": {
        const option = quoted.split("=")[0] ?? quoted;
        const name = option.replace(/^-+/, "");
        const near = closest(name, known);
        throw new ArgumentError(
          `unknown option ${option}`,
          near ? `did you mean --${near}?` : undefined,
        );
      }
      case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
        const option = quoted.split(" ")[0] ?? quoted;
        if (/does not take/.test(message)) return fail(`option ${option} does not take a value`);
        throw new ArgumentError(
          `option ${option} needs a value`,
          /ambiguous/.test(message)
            ? `a value that starts with a dash goes after "=", as in ${option}=-value`
            : undefined,
        );
      }
      case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
        return fail(`unexpected argument "${quoted}"`);
      default:
        throw error;
    }
  }
}

function fail(message: string): never {
  throw new ArgumentError(message);
}

/** The candidate closest to `input` by edit distance, when it is a plausible typo. */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = distance(input.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const allowed = Math.max(1, Math.floor(input.length / 3));
  return bestDistance <= allowed || (best?.startsWith(input) && input.length >= 2)
    ? best
    : undefined;
}

/** Edit distance where swapping two neighbouring letters counts as one edit (optimal string alignment). */
function distance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row[j] = j;
        continue;
      }
      const up = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
      }
      row[j] = best;
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] ?? 0;
}

/** Splits `--labels a,b --labels c` into `["a", "b", "c"]`. */
export function splitList(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter((value) => value !== "");
}

/**
 * The instant an option such as `--now` names (ISO 8601), `undefined` when
 * it was not given; anything else is a usage error with an example.
 */
export function timeOption(option: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) {
    throw new ArgumentError(
      `${option} "${value}" is not a time`,
      `expected ISO 8601, e.g. ${option} 2026-06-03T10:15:00Z`,
    );
  }
  return new Date(time);
}
