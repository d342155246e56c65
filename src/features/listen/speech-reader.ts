/**
 * Reads a list of paragraphs aloud with the browser's own speech synthesis (the Web Speech API): one utterance per
 * paragraph, so the paragraph being read is always known (and Chrome's cut-off of long utterances is avoided).
 * Not React: a small store that `use-speech-reader.ts` subscribes to. Nothing touches the browser until the first
 * subscriber arrives, so a prerendered page and its hydration see the same "checking" state.
 */

export interface SpeechPart {
  /** The id of the element that shows this paragraph, highlighted while it is read. */
  id: string;
  text: string;
}

export type Availability = "checking" | "ready" | "no-voices" | "unsupported";

export interface ReaderState {
  availability: Availability;
  status: "idle" | "playing" | "paused";
  /** The paragraph being read (or paused in), else null. */
  index: number | null;
  rate: number;
  /** Set when the browser refused to speak; cleared by the next play. */
  error: string | null;
}

export const RATES = [0.75, 1, 1.25, 1.5, 2] as const;

/** How long to wait for voices that are not there on the first ask (Chrome loads them and fires voiceschanged). */
export const VOICE_WAIT_MS = 2000;

export const INITIAL_READER_STATE: ReaderState = {
  availability: "checking",
  status: "idle",
  index: null,
  rate: 1,
  error: null,
};

/** What of the Web Speech API the reader uses (the browser's, or a test's fake). */
export interface SpeechApi {
  synth: Pick<
    SpeechSynthesis,
    "speak" | "cancel" | "pause" | "resume" | "getVoices" | "addEventListener" | "removeEventListener"
  >;
  Utterance: new (text: string) => SpeechSynthesisUtterance;
}

function browserSpeech(): SpeechApi | null {
  if (typeof window === "undefined" || !("speechSynthesis" in window) || !("SpeechSynthesisUtterance" in window)) {
    return null;
  }
  return { synth: window.speechSynthesis, Utterance: window.SpeechSynthesisUtterance };
}

/** The voice for the page's language: the default one if it speaks it, else any that does; else the browser's choice. */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | null {
  const base = lang.toLowerCase().split("-")[0] ?? "";
  const speaks = (voice: SpeechSynthesisVoice) => voice.lang.toLowerCase().split(/[-_]/)[0] === base;
  return voices.find((v) => v.default && speaks(v)) ?? voices.find(speaks) ?? null;
}

export interface SpeechReader {
  subscribe: (listener: () => void) => () => void;
  getState: () => ReaderState;
  play: () => void;
  pause: () => void;
  stop: () => void;
  setRate: (rate: number) => void;
}

export function createSpeechReader(
  parts: readonly SpeechPart[],
  options: { api?: () => SpeechApi | null; lang?: string } = {},
): SpeechReader {
  const getApi = options.api ?? browserSpeech;
  let lang = options.lang ?? "en";
  let state = INITIAL_READER_STATE;
  const listeners = new Set<() => void>();
  let api: SpeechApi | null = null;
  let voice: SpeechSynthesisVoice | null = null;
  let voiceTimer: ReturnType<typeof setTimeout> | undefined;
  // Each utterance spoken gets a number; events of one that was cancelled or replaced are ignored.
  let current = 0;
  // Paused, then the speed changed: the paragraph is spoken again at the new speed instead of resumed.
  let restartOnPlay = false;

  const set = (next: Partial<ReaderState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };

  const checkVoices = () => {
    if (!api) return;
    const voices = api.synth.getVoices();
    if (voices.length > 0) {
      clearTimeout(voiceTimer);
      voice = pickVoice(voices, lang);
      if (state.availability !== "ready") set({ availability: "ready" });
    }
  };

  const start = () => {
    lang = options.lang ?? (document.documentElement.lang || "en");
    api = getApi();
    if (!api) {
      set({ availability: "unsupported" });
      return;
    }
    api.synth.addEventListener("voiceschanged", checkVoices);
    checkVoices();
    if (state.availability === "checking") {
      voiceTimer = setTimeout(() => {
        if (state.availability === "checking") set({ availability: "no-voices" });
      }, VOICE_WAIT_MS);
    }
  };

  const silence = () => {
    current += 1;
    api?.synth.cancel();
  };

  const speak = (index: number) => {
    const part = parts[index];
    if (!api || !part) return;
    silence();
    const id = current;
    const utterance = new api.Utterance(part.text);
    utterance.rate = state.rate;
    utterance.lang = lang;
    if (voice) utterance.voice = voice;
    utterance.onend = () => {
      if (id !== current) return;
      if (index + 1 < parts.length) speak(index + 1);
      else {
        current += 1;
        set({ status: "idle", index: null });
      }
    };
    utterance.onerror = (event) => {
      // A cancel (pause-then-speed, stop, the next paragraph) is not a failure.
      if (id !== current || event.error === "interrupted" || event.error === "canceled") return;
      current += 1;
      set({ status: "idle", index: null, error: "The browser stopped reading aloud." });
    };
    restartOnPlay = false;
    set({ status: "playing", index, error: null });
    api.synth.speak(utterance);
  };

  const stop = () => {
    silence();
    restartOnPlay = false;
    if (state.status !== "idle" || state.index !== null) set({ status: "idle", index: null });
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1 && api === null) start();
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        // The control is gone (the reader left the article): no voice goes on reading a page that is not there.
        stop();
        clearTimeout(voiceTimer);
        api?.synth.removeEventListener("voiceschanged", checkVoices);
        api = null;
        state = { ...state, availability: "checking" };
      };
    },
    play() {
      if (!api || state.availability !== "ready" || state.status === "playing") return;
      if (state.status === "paused" && state.index !== null && !restartOnPlay) {
        api.synth.resume();
        set({ status: "playing" });
      } else speak(state.index ?? 0);
    },
    pause() {
      if (!api || state.status !== "playing") return;
      api.synth.pause();
      set({ status: "paused" });
    },
    stop,
    setRate(rate) {
      if (rate === state.rate) return;
      set({ rate });
      // An utterance's rate is fixed once spoken: the current paragraph starts again at the new speed.
      if (state.status === "playing" && state.index !== null) speak(state.index);
      else if (state.status === "paused") {
        silence();
        restartOnPlay = true;
      }
    },
  };
}
