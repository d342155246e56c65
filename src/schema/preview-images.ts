import { z } from "zod/mini";
import { slugSchema } from "./article";

/**
 * Which articles have a preview image of their own (the rest show the site's card). The build writes this list
 * before prerendering (pipeline/cli/build.ts) and hands it to the article route's build-time loader; it is not
 * published.
 */
export const previewImagesSchema = z.object({
  version: z.literal(1),
  slugs: z.array(slugSchema),
});
export type PreviewImages = z.infer<typeof previewImagesSchema>;
