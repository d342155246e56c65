import { paths } from "../src/lib/paths";
import { articleData, articleTitled, expect, test, waitForHydration } from "./support";

const seed = articleTitled("Putin Invited the US");

/**
 * Installs a speech synthesis of the test's own before the page runs: `voices` voices, utterances that end only
 * when the test calls `window.__finishUtterance()`, and a record of what was spoken and at what rate.
 */
function fakeSpeech(voices: number) {
  return `(() => {
    const queue = [];
    window.__spoken = [];
    window.__synthPaused = false;
    window.__finishUtterance = () => { const u = queue.shift(); if (u && u.onend) u.onend({}); };
    class FakeUtterance { constructor(text) { this.text = text; this.rate = 1; } }
    const voiceList = Array.from({ length: ${voices} }, (_, i) => ({ lang: "en-GB", default: i === 0, name: "Test " + i, localService: true, voiceURI: "test" + i }));
    const synth = {
      getVoices: () => voiceList,
      speak: (u) => { queue.push(u); window.__spoken.push([u.text, u.rate]); },
      cancel: () => { const gone = queue.splice(0); for (const u of gone) if (u.onerror) u.onerror({ error: "interrupted" }); },
      pause: () => { window.__synthPaused = true; },
      resume: () => { window.__synthPaused = false; },
      addEventListener: () => {},
      removeEventListener: () => {},
    };
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    Object.defineProperty(window, "SpeechSynthesisUtterance", { value: FakeUtterance, configurable: true });
  })();`;
}

test("Listen reads the article aloud, paragraph by paragraph, highlighted and kept in view", async ({ page }) => {
  await page.addInitScript(fakeSpeech(2));
  const blocks = articleData(seed.slug).blocks;
  await page.goto(paths.article(seed.slug));
  await waitForHydration(page);
  const controls = page.getByRole("group", { name: "Listen to this article" });

  await controls.getByRole("button", { name: "Listen" }).click();
  const first = page.locator(`[id="p-${blocks[0]?.id}"]`);
  await expect(first).toHaveAttribute("data-listening", "");
  await expect(controls.getByText(`Paragraph 1 of ${blocks.length}`)).toBeVisible();

  // Far down the article: the paragraph being read is scrolled into view.
  const last = blocks.length - 1;
  for (let i = 0; i < last; i++)
    await page.evaluate(() => (window as unknown as { __finishUtterance: () => void }).__finishUtterance());
  const current = page.locator(`[id="p-${blocks[last]?.id}"]`);
  await expect(current).toHaveAttribute("data-listening", "");
  await expect(first).not.toHaveAttribute("data-listening");
  await expect(current).toBeInViewport();

  await controls.getByLabel("Speed").selectOption("1.5");
  expect(await page.evaluate(() => (window as unknown as { __spoken: [string, number][] }).__spoken.at(-1))).toEqual([
    blocks[last]?.text,
    1.5,
  ]);

  await controls.getByRole("button", { name: "Pause" }).click();
  expect(await page.evaluate(() => (window as unknown as { __synthPaused: boolean }).__synthPaused)).toBe(true);
  await expect(controls.getByRole("button", { name: "Resume" })).toBeVisible();

  await controls.getByRole("button", { name: "Stop" }).click();
  await expect(current).not.toHaveAttribute("data-listening");
});

test("Listen says so when the browser has no voices, instead of failing", async ({ page }) => {
  await page.addInitScript(fakeSpeech(0));
  await page.goto(paths.article(seed.slug));
  await waitForHydration(page);
  await expect(
    page.getByText("Listening is not available: this browser has no voices to read aloud with."),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Listen" })).toHaveCount(0);
});

test("Listen in this browser as it is: a working control, or a sentence saying why not", async ({ page }) => {
  await page.goto(paths.article(seed.slug));
  await waitForHydration(page);
  await expect(
    page
      .getByRole("button", { name: "Listen" })
      .and(page.locator(":enabled"))
      .or(page.getByText(/^Listening is not available: this browser (has no voices|cannot read aloud)/)),
  ).toBeVisible();
});
