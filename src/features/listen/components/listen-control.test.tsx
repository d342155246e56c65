import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeVoice, installFakeSpeech, type FakeSynth } from "../fake-speech";
import { VOICE_WAIT_MS } from "../speech-reader";
import { ListenControl } from "./listen-control";

const parts = [
  { id: "p-a", text: "Alpha." },
  { id: "p-b", text: "Beta." },
];

function Page() {
  return (
    <>
      <ListenControl parts={parts} />
      {parts.map((p) => (
        <p key={p.id} id={p.id}>
          {p.text}
        </p>
      ))}
    </>
  );
}

const paragraph = (text: string) => screen.getByText(text);

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("ListenControl", () => {
  it("reads aloud with the current paragraph marked, and pauses", async () => {
    const synth: FakeSynth = installFakeSpeech(vi.stubGlobal);
    synth.voices = [fakeVoice("en-GB", true)];
    const user = userEvent.setup();
    render(<Page />);

    await user.click(screen.getByRole("button", { name: "Listen" }));
    expect(paragraph("Alpha.")).toHaveAttribute("data-listening");
    expect(screen.getByText("Paragraph 1 of 2")).toBeInTheDocument();

    act(() => synth.finish());
    expect(paragraph("Alpha.")).not.toHaveAttribute("data-listening");
    expect(paragraph("Beta.")).toHaveAttribute("data-listening");

    await user.click(screen.getByRole("button", { name: "Pause" }));
    expect(synth.paused).toBe(true);
    expect(screen.getByRole("button", { name: "Resume" })).toBeInTheDocument();
  });

  it("changes speed from the select", async () => {
    const synth = installFakeSpeech(vi.stubGlobal);
    synth.voices = [fakeVoice("en-US", true)];
    const user = userEvent.setup();
    render(<Page />);
    await user.click(screen.getByRole("button", { name: "Listen" }));
    await user.selectOptions(screen.getByLabelText("Speed"), "1.5");
    expect(synth.spoken.at(-1)).toMatchObject({ text: "Alpha.", rate: 1.5 });
  });

  it("says the browser has no voices instead of offering to play", () => {
    vi.useFakeTimers();
    installFakeSpeech(vi.stubGlobal);
    render(<Page />);
    expect(screen.getByRole("button", { name: "Listen" })).toBeDisabled();
    act(() => vi.advanceTimersByTime(VOICE_WAIT_MS));
    expect(screen.getByText(/this browser has no voices/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Listen" })).not.toBeInTheDocument();
  });

  it("says the browser cannot read aloud where there is no speech synthesis", () => {
    vi.stubGlobal("speechSynthesis", undefined);
    render(<Page />);
    expect(screen.getByText(/this browser cannot read aloud/)).toBeInTheDocument();
  });

  it("stops the voice when the article is left", async () => {
    const synth = installFakeSpeech(vi.stubGlobal);
    synth.voices = [fakeVoice("en-GB", true)];
    const user = userEvent.setup();
    const { unmount } = render(<Page />);
    await user.click(screen.getByRole("button", { name: "Listen" }));
    unmount();
    expect(synth.queue).toEqual([]);
  });
});
