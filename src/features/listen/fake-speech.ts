/**
 * A fake of the Web Speech API's synthesis for tests: utterances are queued, and the test ends them (or fails
 * them) when it likes. Voices are whatever the test says, arriving at once or later with `voiceschanged`.
 */
export class FakeUtterance {
  rate = 1;
  lang = "";
  voice: SpeechSynthesisVoice | null = null;
  onend: ((event: { error?: string }) => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  constructor(readonly text: string) {}
}

export const fakeVoice = (lang: string, isDefault = false) =>
  ({ lang, default: isDefault, name: `Voice ${lang}`, localService: true, voiceURI: lang }) as SpeechSynthesisVoice;

export class FakeSynth {
  voices: SpeechSynthesisVoice[] = [];
  queue: FakeUtterance[] = [];
  spoken: FakeUtterance[] = [];
  paused = false;
  private listeners = new Set<() => void>();

  getVoices = () => this.voices;
  speak = (utterance: FakeUtterance) => {
    this.queue.push(utterance);
    this.spoken.push(utterance);
  };
  cancel = () => {
    const cancelled = this.queue;
    this.queue = [];
    this.paused = false;
    // Chrome reports a cancelled utterance as an error "interrupted" (or "canceled" when it had not started).
    for (const utterance of cancelled) utterance.onerror?.({ error: "interrupted" });
  };
  pause = () => {
    this.paused = true;
  };
  resume = () => {
    this.paused = false;
  };
  addEventListener = (_type: string, listener: () => void) => void this.listeners.add(listener);
  removeEventListener = (_type: string, listener: () => void) => void this.listeners.delete(listener);

  /** The voices arrive, as Chrome's do a moment after the first ask. */
  loadVoices(voices: SpeechSynthesisVoice[]) {
    this.voices = voices;
    for (const listener of this.listeners) listener();
  }

  /** The utterance being spoken finishes. */
  finish() {
    const utterance = this.queue.shift();
    utterance?.onend?.({});
  }

  /** The utterance being spoken fails. */
  fail(error: string) {
    const utterance = this.queue.shift();
    utterance?.onerror?.({ error });
  }

  get listenerCount() {
    return this.listeners.size;
  }
}

/** Installs the fake as the browser's `speechSynthesis` and `SpeechSynthesisUtterance`. */
export function installFakeSpeech(stub: (name: string, value: unknown) => void): FakeSynth {
  const synth = new FakeSynth();
  stub("speechSynthesis", synth);
  stub("SpeechSynthesisUtterance", FakeUtterance);
  return synth;
}
