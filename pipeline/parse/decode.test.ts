import { describe, expect, it } from "vitest";
import { decodeUtf8 } from "./decode";
import { ParseError } from "./parse-error";

describe("decodeUtf8", () => {
  it("decodes UTF-8, including astral characters, and normalises line ends", () => {
    expect(decodeUtf8(new TextEncoder().encode("a\r\nb 🗞️\rc"))).toBe("a\nb 🗞️\nc");
  });

  it("rejects other encodings, naming the line of the first bad byte", () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode("Title\nok\n"), 0x63, 0x61, 0x66, 0xe9, 0x0a]);
    try {
      decodeUtf8(latin1);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ParseError);
      expect((error as ParseError).message).toBe("not valid UTF-8 text");
      expect((error as ParseError).line).toBe(3);
    }
  });
});
