import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeVoice, FakeSynth, FakeUtterance } from "./fake-speech";
import { createSpeechReader, pickVoice, VOICE_WAIT_MS, type SpeechApi } from "./speech-reader";

const parts = [
  { id: "p-1", text: "First paragraph." },
  { id: "p-2", text: "Second paragraph." },
  { id: "p-3", text: "Third paragraph." },
];

let synth: FakeSynth;
const api = (): SpeechApi => ({ synth, Utterance: FakeUtterance }) as unknown as SpeechApi;
const spokenTexts = () => synth.spoken.map((u) => u.text);

function readerWithVoices() {
  synth.voices = [fakeVoice("fr-FR", true), fakeVoice("en-GB")];
  const reader = createSpeechReader(parts, { api, lang: "en" });
  const unsubscribe = reader.subscribe(() => {});
  return { reader, unsubscribe };
}

beforeEach(() => {
  vi.useFakeTimers();
  synth = new FakeSynth();
});
afterEach(() => vi.useRealTimers());

describe("availability", () => {
  it("touches nothing until someone subscribes (prerendering and hydration see 'checking')", () => {
    const getApi = vi.fn(api);
    const reader = createSpeechReader(parts, { api: getApi, lang: "en" });
    expect(reader.getState().availability).toBe("checking");
    expect(getApi).not.toHaveBeenCalled();
  });

  it("says so when the browser has no speech synthesis at all", () => {
    const reader = createSpeechReader(parts, { api: () => null, lang: "en" });
    reader.subscribe(() => {});
    expect(reader.getState().availability).toBe("unsupported");
  });

  it("is ready at once when the voices are there", () => {
    const { reader } = readerWithVoices();
    expect(reader.getState().availability).toBe("ready");
  });

  it("waits for voices that load late, as Chrome's do", () => {
    const reader = createSpeechReader(parts, { api, lang: "en" });
    reader.subscribe(() => {});
    expect(reader.getState().availability).toBe("checking");
    synth.loadVoices([fakeVoice("en-US")]);
    expect(reader.getState().availability).toBe("ready");
    vi.advanceTimersByTime(VOICE_WAIT_MS);
    expect(reader.getState().availability).toBe("ready");
  });

  it("reports no voices when none ever come, and never tries to speak", () => {
    const reader = createSpeechReader(parts, { api, lang: "en" });
    reader.subscribe(() => {});
    vi.advanceTimersByTime(VOICE_WAIT_MS);
    expect(reader.getState().availability).toBe("no-voices");
    reader.play();
    expect(synth.spoken).toEqual([]);
  });
});

describe("reading", () => {
  it("reads the paragraphs one after another, in the page's language's voice, then stops", () => {
    const { reader } = readerWithVoices();
    reader.play();
    expect(reader.getState()).toMatchObject({ status: "playing", index: 0 });
    expect(synth.spoken[0]?.voice?.lang).toBe("en-GB");
    synth.finish();
    expect(reader.getState().index).toBe(1);
    synth.finish();
    synth.finish();
    expect(spokenTexts()).toEqual(parts.map((p) => p.text));
    expect(reader.getState()).toMatchObject({ status: "idle", index: null });
  });

  it("pauses and resumes in the same paragraph", () => {
    const { reader } = readerWithVoices();
    reader.play();
    synth.finish();
    reader.pause();
    expect(synth.paused).toBe(true);
    expect(reader.getState()).toMatchObject({ status: "paused", index: 1 });
    reader.play();
    expect(synth.paused).toBe(false);
    expect(reader.getState()).toMatchObject({ status: "playing", index: 1 });
    expect(spokenTexts()).toEqual([parts[0]?.text, parts[1]?.text]);
  });

  it("restarts the current paragraph at a new speed, and the cancelled one does not move it on", () => {
    const { reader } = readerWithVoices();
    reader.play();
    synth.finish();
    reader.setRate(1.5);
    expect(reader.getState()).toMatchObject({ status: "playing", index: 1, rate: 1.5 });
    expect(synth.spoken.map((u) => [u.text, u.rate])).toEqual([
      [parts[0]?.text, 1],
      [parts[1]?.text, 1],
      [parts[1]?.text, 1.5],
    ]);
  });

  it("speaks the paused paragraph again at the new speed when the speed changed during the pause", () => {
    const { reader } = readerWithVoices();
    reader.play();
    reader.pause();
    reader.setRate(0.75);
    expect(reader.getState().status).toBe("paused");
    reader.play();
    expect(synth.spoken.at(-1)).toMatchObject({ text: parts[0]?.text, rate: 0.75 });
  });

  it("stops, and starts from the top again", () => {
    const { reader } = readerWithVoices();
    reader.play();
    synth.finish();
    reader.stop();
    expect(reader.getState()).toMatchObject({ status: "idle", index: null });
    expect(synth.queue).toEqual([]);
    reader.play();
    expect(reader.getState().index).toBe(0);
  });

  it("says when the browser fails to speak", () => {
    const { reader } = readerWithVoices();
    reader.play();
    synth.fail("synthesis-failed");
    expect(reader.getState()).toMatchObject({
      status: "idle",
      index: null,
      error: "The browser stopped reading aloud.",
    });
  });

  it("falls silent when its last subscriber leaves", () => {
    const { reader, unsubscribe } = readerWithVoices();
    reader.play();
    unsubscribe();
    expect(synth.queue).toEqual([]);
    expect(synth.listenerCount).toBe(0);
  });
});

describe("pickVoice", () => {
  it("prefers the default voice if it speaks the language, else any that does, else none", () => {
    const enDefault = fakeVoice("en-US", true);
    const enGb = fakeVoice("en_GB");
    expect(pickVoice([enGb, enDefault], "en")).toBe(enDefault);
    expect(pickVoice([fakeVoice("de-DE", true), enGb], "en-GB")).toBe(enGb);
    expect(pickVoice([fakeVoice("de-DE", true)], "en")).toBeNull();
  });
});
