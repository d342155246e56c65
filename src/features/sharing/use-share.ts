import { useCallback, useEffect, useRef, useState } from "react";

const FLASH_MS = 4000;

export type ShareResult = "shared" | "copied" | "failed" | "cancelled";

/** Copies text, with the old execCommand path for browsers (or insecure origins) without the Clipboard API. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}

/**
 * Shares a link the way the device does (the Web Share API, on phones) or else copies it, and keeps a short
 * confirmation to show in a live region, so screen readers announce it too.
 */
export function useShare(): {
  message: string;
  share: (link: { url: string; title?: string; copiedMessage?: string }) => Promise<ShareResult>;
  copy: (url: string, copiedMessage: string) => Promise<boolean>;
} {
  const [message, setMessage] = useState("");
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const flash = useCallback((text: string) => {
    window.clearTimeout(timer.current);
    setMessage(text);
    timer.current = window.setTimeout(() => setMessage(""), FLASH_MS);
  }, []);

  const copy = useCallback(
    async (url: string, copiedMessage: string) => {
      const ok = await copyText(url);
      flash(ok ? copiedMessage : `Could not copy. The link is: ${url}`);
      return ok;
    },
    [flash],
  );

  const share = useCallback(
    async ({ url, title, copiedMessage = "Link copied" }: { url: string; title?: string; copiedMessage?: string }) => {
      if (typeof navigator.share === "function" && navigator.canShare?.({ url, title }) !== false) {
        try {
          await navigator.share({ url, title });
          return "shared";
        } catch (error) {
          if (error instanceof DOMException && error.name === "AbortError") return "cancelled";
          // Not allowed here (no user activation, insecure origin…): fall back to copying.
        }
      }
      return (await copy(url, copiedMessage)) ? "copied" : "failed";
    },
    [copy],
  );
  return { message, share, copy };
}
