import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import satori, { type Font } from "satori";
import { OG_HEIGHT, OG_WIDTH, type OgImageInputs } from "./og-inputs";
import { SANS, SERIF, ogCard } from "./og-card";

const require = createRequire(import.meta.url);

/** satori reads .woff but not .woff2. Several subsets per face, so headlines in most European scripts render. */
const FACES = [
  { name: SANS, pkg: "@fontsource/inter", prefix: "inter", weight: 400 },
  { name: SANS, pkg: "@fontsource/inter", prefix: "inter", weight: 600 },
  { name: SERIF, pkg: "@fontsource/source-serif-4", prefix: "source-serif-4", weight: 700 },
] as const;
const SUBSETS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext", "greek", "vietnamese"];

export interface OgFonts {
  fonts: Font[];
  /** Changes whenever any font file does: part of the image cache key. */
  digest: string;
}

export async function loadOgFonts(): Promise<OgFonts> {
  const hash = createHash("sha256");
  const fonts: Font[] = [];
  for (const face of FACES) {
    // The packages export only CSS; their font files sit in `files/` beside it.
    const dir = path.join(path.dirname(require.resolve(face.pkg)), "files");
    for (const subset of SUBSETS) {
      const file = path.join(dir, `${face.prefix}-${subset}-${face.weight}-normal.woff`);
      const data = await readFile(file).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return null;
        throw error;
      });
      if (!data) continue;
      hash.update(`${face.name}/${face.weight}/${subset}:`).update(data);
      fonts.push({ name: face.name, data, weight: face.weight, style: "normal" });
    }
  }
  return { fonts, digest: hash.digest("hex") };
}

/** One 1200x630 PNG. */
export async function renderOgImage(inputs: OgImageInputs, { fonts }: OgFonts): Promise<Buffer> {
  const svg = await satori(ogCard(inputs), { width: OG_WIDTH, height: OG_HEIGHT, fonts });
  return new Resvg(svg, { fitTo: { mode: "width", value: OG_WIDTH } }).render().asPng();
}
