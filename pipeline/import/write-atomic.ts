import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

let counter = 0;

/**
 * Writes through a hidden temporary file in the same folder and renames it into place, so the file is either
 * its old self or wholly the new one, whatever happens mid-write. Hidden, so a leftover is never read as an
 * article.
 */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${counter++}.tmp`);
  try {
    await writeFile(temp, text);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
