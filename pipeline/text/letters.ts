const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const known = new Map<number, boolean>();

/**
 * How many UTF-16 units the letter or digit (`\p{L}`, `\p{N}`) at `i` takes, or 0 when there is none there: the
 * test of `[\p{L}\p{N}]` for one-pass scanners, which at 10,000 articles are several times faster than the regular
 * expressions they stand for (ASCII is answered without one, the rest once per code point).
 */
export function letterOrNumberAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ? 1 : 0;
  }
  const point = text.codePointAt(i) ?? code;
  let word = known.get(point);
  if (word === undefined) {
    word = LETTER_OR_NUMBER.test(String.fromCodePoint(point));
    known.set(point, word);
  }
  return word ? (point > 0xffff ? 2 : 1) : 0;
}
