import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { articleIndexSchema, articleSchema } from "../../src/schema/article";
import { DATA_FILES } from "../../src/schema/data-files";
import { entityTableSchema } from "../../src/schema/entity";
import { entityDetailSchema } from "../../src/schema/entity-detail";
import { catalogSchema, listHeadSchema, summaryPageSchema } from "../../src/schema/list";
import type { Bundle } from "./build-bundle";

/**
 * Writes the bundle to a sibling temporary folder, then swaps it in with renames, so a failure at any point
 * leaves the previous output whole. Every file is validated with the schema the app parses it with.
 */
export async function writeBundle(bundle: Bundle, dataDir: string): Promise<{ files: number; bytes: number }> {
  const parent = path.dirname(dataDir);
  const staging = path.join(parent, `.${path.basename(dataDir)}-staging-${process.pid}`);
  const retired = path.join(parent, `.${path.basename(dataDir)}-old-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(path.join(staging, path.dirname(DATA_FILES.article("x"))), { recursive: true });
  await mkdir(path.join(staging, path.dirname(DATA_FILES.entity("x"))), { recursive: true });
  await mkdir(path.join(staging, path.dirname(DATA_FILES.summaryPage(0))), { recursive: true });
  await mkdir(path.join(staging, path.dirname(DATA_FILES.searchIndex)), { recursive: true });

  let bytes = 0;
  const write = async (relative: string, value: unknown) => {
    const json = JSON.stringify(value);
    bytes += Buffer.byteLength(json);
    await writeFile(path.join(staging, relative), json);
  };
  try {
    await write(DATA_FILES.index, articleIndexSchema.parse(bundle.index));
    await write(DATA_FILES.entities, entityTableSchema.parse(bundle.entityTable));
    await write(DATA_FILES.listHead, listHeadSchema.parse(bundle.list.head));
    await write(DATA_FILES.catalog, catalogSchema.parse(bundle.list.catalog));
    for (const [page, summaries] of bundle.list.summaryPages.entries()) {
      await write(DATA_FILES.summaryPage(page), summaryPageSchema.parse(summaries));
    }
    await write(DATA_FILES.searchIndex, bundle.searchIndex);
    for (const article of bundle.articles) await write(DATA_FILES.article(article.slug), articleSchema.parse(article));
    for (const detail of bundle.entityDetails) {
      await write(DATA_FILES.entity(detail.entity.id), entityDetailSchema.parse(detail));
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }

  await rm(retired, { recursive: true, force: true });
  const hadPrevious = await rename(dataDir, retired).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return false;
      throw error;
    },
  );
  await rename(staging, dataDir);
  if (hadPrevious) await rm(retired, { recursive: true, force: true });
  return { files: bundle.articles.length + bundle.entityDetails.length + bundle.list.summaryPages.length + 5, bytes };
}
