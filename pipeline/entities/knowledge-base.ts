import { readFile } from "node:fs/promises";
import { LineCounter, isNode, parseDocument, type Document } from "yaml";
import { z } from "zod";
import { entityIdSchema, entityTypeSchema } from "../../src/schema/entity";

const surfaceFormSchema = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .refine((s) => !/[\n\r]/.test(s), "must be one line");

export const knowledgeBaseEntrySchema = z
  .strictObject({
    id: entityIdSchema,
    type: entityTypeSchema,
    name: surfaceFormSchema,
    aliases: z.array(surfaceFormSchema).default([]),
    description: surfaceFormSchema.optional(),
    wikidata: z
      .string()
      .regex(/^Q\d+$/, "wikidata must look like Q123")
      .optional(),
  })
  .refine((e) => e.id.startsWith(`${e.type}:`), {
    message: "id must start with its type, e.g. person:",
    path: ["id"],
  });
export type KnowledgeBaseEntry = z.infer<typeof knowledgeBaseEntrySchema>;

export const knowledgeBaseSchema = z.strictObject({
  entities: z.array(knowledgeBaseEntrySchema).default([]),
  /** Surface forms never marked, whatever a detector says. */
  suppress: z.array(surfaceFormSchema).default([]),
});
export type KnowledgeBase = z.infer<typeof knowledgeBaseSchema>;

export const emptyKnowledgeBase = (): KnowledgeBase => ({
  entities: [],
  suppress: [],
});

type PathKey = string | number;

/** Organisations are matched with or without their article ("the Kremlin", "Kremlin"). */
export function matchForm(type: KnowledgeBaseEntry["type"], form: string): string {
  return type === "organization" ? form.replace(/^[Tt]he\s+/u, "") : form;
}

/** Line of the deepest node that exists on `path`, so a missing key points at its parent. */
function lineOf(doc: Document, counter: LineCounter, path: readonly PathKey[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return 1;
}

/** Checks zod cannot express: ids and surface forms must each name one entity. */
function crossEntityProblems(kb: KnowledgeBase): Array<{ path: PathKey[]; reason: string }> {
  const problems: Array<{ path: PathKey[]; reason: string }> = [];
  const ids = new Map<string, number>();
  const owners = new Map<string, string>();
  kb.entities.forEach((entry, i) => {
    const first = ids.get(entry.id);
    if (first !== undefined) {
      problems.push({
        path: ["entities", i, "id"],
        reason: `duplicate id "${entry.id}" (first at entity ${first + 1})`,
      });
    } else ids.set(entry.id, i);
    const forms: Array<[string, PathKey[]]> = [
      [entry.name, ["entities", i, "name"]],
      ...entry.aliases.map((a, j): [string, PathKey[]] => [a, ["entities", i, "aliases", j]]),
    ];
    for (const [form, path] of forms) {
      const owner = owners.get(matchForm(entry.type, form));
      if (owner !== undefined && owner !== entry.id) {
        problems.push({
          path,
          reason: `"${form}" is already claimed by ${owner}`,
        });
      } else owners.set(matchForm(entry.type, form), entry.id);
    }
  });
  return problems;
}

const problemsError = (lines: string[]) => new Error(lines.join("\n"));

/** Parses and validates the curated YAML; every problem is reported as `file:line: reason`. */
export function parseKnowledgeBase(text: string, fileLabel: string): KnowledgeBase {
  const counter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: counter,
    prettyErrors: false,
  });
  if (doc.errors.length > 0) {
    // Without prettyErrors the error carries only its offset (`pos`); the line counter turns that into the line.
    throw problemsError(
      doc.errors.map(
        (e) => `${fileLabel}:${counter.linePos(e.pos[0]).line}: invalid YAML: ${e.message.split("\n")[0]}`,
      ),
    );
  }
  const raw: unknown = doc.toJS() ?? {};
  const parsed = knowledgeBaseSchema.safeParse(raw);
  if (!parsed.success) {
    throw problemsError(
      parsed.error.issues.map((issue) => {
        const path = issue.path.filter((k): k is PathKey => typeof k !== "symbol");
        const where = path.length ? `${path.join(".")}: ` : "";
        return `${fileLabel}:${lineOf(doc, counter, path)}: ${where}${issue.message}`;
      }),
    );
  }
  const kb = parsed.data;
  const problems = crossEntityProblems(kb);
  if (problems.length > 0) {
    throw problemsError(problems.map((p) => `${fileLabel}:${lineOf(doc, counter, p.path)}: ${p.reason}`));
  }
  return kb;
}

/**
 * A missing file is an empty knowledge base: extraction works without curation. Any other problem is thrown as
 * `label:line: reason` lines (`label` names the file in messages; the path itself by default).
 */
export async function loadKnowledgeBase(file: string, label = file): Promise<KnowledgeBase> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : undefined;
    if (code === "ENOENT") return emptyKnowledgeBase();
    throw problemsError([`${label}:1: cannot be read (${code ?? (error instanceof Error ? error.message : error)})`]);
  }
  return parseKnowledgeBase(text, label);
}
