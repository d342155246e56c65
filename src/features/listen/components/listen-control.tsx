import { useId } from "react";
import { RATES, type SpeechPart } from "../speech-reader";
import { useSpeechReader } from "../use-speech-reader";

const button =
  "inline-flex items-center gap-1.5 rounded-full border border-stone-300 px-3 py-1 text-sm font-medium text-stone-800 hover:border-stone-500 disabled:opacity-60 dark:border-stone-600 dark:text-stone-200";

/**
 * Listen: the article read aloud by the browser's own voice. Play and pause, stop, a speed, and the paragraph
 * being read outlined and kept in view. Where the browser cannot speak, or has no voice, it says so.
 */
export function ListenControl({ parts }: { parts: readonly SpeechPart[] }) {
  const { state, reader } = useSpeechReader(parts);
  const speedId = useId();
  const { availability, status, index } = state;

  if (availability === "unsupported" || availability === "no-voices") {
    return (
      <p className="font-sans text-sm text-stone-600 dark:text-stone-400">
        {availability === "unsupported"
          ? "Listening is not available: this browser cannot read aloud."
          : "Listening is not available: this browser has no voices to read aloud with."}
      </p>
    );
  }

  const playing = status === "playing";
  return (
    <div role="group" aria-label="Listen to this article" className="flex flex-wrap items-center gap-2 font-sans">
      <button
        type="button"
        className={button}
        disabled={availability !== "ready"}
        onClick={playing ? reader.pause : reader.play}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 fill-current">
          {playing ? (
            <path d="M4 2h3v12H4zM9 2h3v12H9z" />
          ) : (
            <path d="M4 2.5v11a.5.5 0 0 0 .76.43l9-5.5a.5.5 0 0 0 0-.86l-9-5.5A.5.5 0 0 0 4 2.5Z" />
          )}
        </svg>
        {playing ? "Pause" : status === "paused" ? "Resume" : "Listen"}
      </button>
      {status !== "idle" && (
        <button type="button" className={button} onClick={reader.stop}>
          Stop
        </button>
      )}
      <label htmlFor={speedId} className="text-sm text-stone-600 dark:text-stone-400">
        Speed
      </label>
      <select
        id={speedId}
        value={state.rate}
        onChange={(event) => reader.setRate(Number(event.target.value))}
        className="rounded-md border border-stone-300 bg-white px-1.5 py-0.5 text-sm text-stone-900 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100"
      >
        {RATES.map((rate) => (
          <option key={rate} value={rate}>
            {rate}×
          </option>
        ))}
      </select>
      {index !== null && (
        <span className="text-sm text-stone-600 dark:text-stone-400">
          Paragraph {index + 1} of {parts.length}
        </span>
      )}
      {state.error && (
        <span role="alert" className="text-sm text-red-800 dark:text-red-300">
          {state.error}
        </span>
      )}
    </div>
  );
}
