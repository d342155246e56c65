import { ParseError } from "./parse-error";

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Strict UTF-8 decoding: a file in another encoding is reported, never read as mojibake. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes).replace(/\r\n?/g, "\n");
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
