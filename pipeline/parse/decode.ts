import { cleanText } from "../text/clean-text";
import { ParseError } from "./parse-error";

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Strict UTF-8 decoding: a file in another encoding is reported, never read as mojibake. The text comes out clean
 * (`cleanText`: controls and bidi overrides dropped), so no later step sees them; no line end is removed, so every
 * line number stays that of the file.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return cleanText(decoder.decode(bytes));
  } catch {
    throw new ParseError("not valid UTF-8 text", lineOfFirstInvalidByte(bytes));
  }
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  // Decode a growing prefix line by line; the first line that fails holds the bad byte.
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(lineStart, i));
      } catch {
        return line;
      }
      line++;
      lineStart = i + 1;
    }
  }
  return line;
}
