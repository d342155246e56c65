import { previewImagesSchema } from "../schema/preview-images";

let listed: Promise<ReadonlySet<string>> | undefined;

async function readList(): Promise<ReadonlySet<string>> {
  const file = import.meta.env.SSR ? process.env.LEDE_PREVIEW_IMAGES : undefined;
  if (!file) return new Set();
  const { readFile } = await import("node:fs/promises");
  return new Set(previewImagesSchema.parse(JSON.parse(await readFile(file, "utf8"))).slugs);
}

/**
 * Build time only (a route's `loader`, while prerendering): whether the article has a preview image of its own,
 * so its page never points at an image that was not published. The build names the list in LEDE_PREVIEW_IMAGES;
 * without it (a bare `react-router build`, the dev server) every page shows the site's card.
 */
export function hasOwnPreviewImage(slug: string): Promise<boolean> {
  listed ??= readList();
  return listed.then((slugs) => slugs.has(slug));
}
