/** A reason a file cannot be read as an article, with the 1-based line it concerns. */
export class ParseError extends Error {
  constructor(
    message: string,
    readonly line: number = 1,
  ) {
    super(message);
    this.name = "ParseError";
  }
}

/** The one-line report format every input error uses: `path:line: reason`. */
export function formatInputError(file: string, line: number, reason: string): string {
  return `${file}:${line}: ${reason}`;
}
