import { z } from "zod/mini";

/**
 * One file with everything Lede keeps in this browser, so a reader can move to another browser without losing
 * anything. Each owner of stored state (reading state, settings, entity types) contributes a part with its own
 * schema; the file is accepted only if every part it carries is valid, and then every part is written.
 */
export interface BackupPart<T = unknown> {
  name: string;
  schema: z.ZodMiniType<T>;
  read: () => T | Promise<T>;
  write: (value: T) => void | Promise<void>;
}

export const BACKUP_FORMAT = "lede-reading-state";
export const BACKUP_VERSION = 1;

const envelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  parts: z.record(z.string(), z.unknown()),
});

export async function createBackup(parts: readonly BackupPart[], now = new Date()): Promise<string> {
  const entries = await Promise.all(parts.map(async (part) => [part.name, await part.read()] as const));
  const file: z.infer<typeof envelopeSchema> = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    parts: Object.fromEntries(entries),
  };
  return JSON.stringify(file, null, 2);
}

export type BackupCheck = { ok: true; apply: () => Promise<void>; summary: string[] } | { ok: false; problem: string };

/** Validates a file's text against the envelope and every part's schema; nothing is written until `apply`. */
export function checkBackup(text: string, parts: readonly BackupPart[]): BackupCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: "This file is not JSON." };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return { ok: false, problem: "This file is not a Lede reading-state export." };
  const writes: (() => void | Promise<void>)[] = [];
  const summary: string[] = [];
  for (const part of parts) {
    if (!(part.name in envelope.data.parts)) continue;
    const parsed = part.schema.safeParse(envelope.data.parts[part.name]);
    if (!parsed.success) return { ok: false, problem: `The file’s “${part.name}” is not valid.` };
    const value = parsed.data;
    writes.push(() => part.write(value));
    summary.push(part.name);
  }
  if (writes.length === 0) return { ok: false, problem: "This file has nothing Lede can restore." };
  return {
    ok: true,
    summary,
    apply: async () => {
      for (const write of writes) await write();
    },
  };
}
