import { gunzipSync, gzipSync } from "node:zlib";
import { z } from "zod";
import { createFeatureTable, type FeatureTable } from "./feature-hash";
import { gazetteerFromLists, type GazetteerLists } from "./gazetteer";
import { LABELS } from "./labels";
import type { NerModel } from "./model";
import type { PassWeights } from "./weights";

/**
 * The committed model file, gzipped:
 *   "LEDENER1", uint32 header length, header JSON (labels, transitions, gazetteer),
 *   uint32 feature keys (hashes, see feature-hash.ts),
 *   per pass: float32 scale per feature, then int8 weights (feature-major, one per label).
 * int8 with a per-feature scale keeps the file small and loses next to nothing.
 */
const MAGIC = "LEDENER1";

const headerSchema = z.object({
  version: z.literal(1),
  labels: z.array(z.string()),
  featureCount: z.number().int().nonnegative(),
  passes: z.array(z.object({ start: z.array(z.number()), pair: z.array(z.number()) })).length(2),
  gazetteer: z.record(z.string(), z.array(z.string())),
  /** name@version of the packages the gazetteer was generated from. */
  sources: z.array(z.string()).optional(),
});

export interface SaveOptions {
  /** Features whose largest weight (in both passes) is below this are dropped. */
  pruneBelow: number;
  /** name@version of the packages the gazetteer came from, recorded in the header. */
  sources?: string[];
}

export function encodeModel(
  model: { features: FeatureTable; first: PassWeights; second: PassWeights },
  gazetteer: GazetteerLists,
  options: SaveOptions,
): Buffer {
  const T = model.first.labels;
  const passes = [model.first, model.second];
  const kept = [...model.features.keys()]
    .map((k, id) => [k, id] as const)
    .filter(([, id]) =>
      passes.some((p) => {
        for (let t = 0; t < T; t++) if (Math.abs(p.emission[id * T + t]!) >= options.pruneBelow) return true;
        return false;
      }),
    );
  const header = {
    version: 1 as const,
    labels: [...LABELS],
    featureCount: kept.length,
    passes: passes.map((p) => ({ start: [...p.start], pair: [...p.pair] })),
    gazetteer,
    ...(options.sources ? { sources: options.sources } : {}),
  };
  const headerBytes = Buffer.from(JSON.stringify(header));
  const keys = Uint32Array.from(kept.map(([k]) => k));
  const chunks: Buffer[] = [Buffer.from(MAGIC), u32(headerBytes.length), headerBytes, Buffer.from(keys.buffer)];
  for (const p of passes) {
    const scales = new Float32Array(kept.length);
    const q = new Int8Array(kept.length * T);
    kept.forEach(([, id], k) => {
      let max = 0;
      for (let t = 0; t < T; t++) max = Math.max(max, Math.abs(p.emission[id * T + t]!));
      const scale = max / 127;
      scales[k] = scale;
      if (scale > 0) for (let t = 0; t < T; t++) q[k * T + t] = Math.round(p.emission[id * T + t]! / scale);
    });
    chunks.push(Buffer.from(scales.buffer), Buffer.from(q.buffer));
  }
  return gzipSync(Buffer.concat(chunks), { level: 9 });
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

export function decodeModel(file: Uint8Array): NerModel {
  const buf = gunzipSync(file);
  if (buf.subarray(0, MAGIC.length).toString() !== MAGIC) throw new Error("not a Lede NER model file");
  let at = MAGIC.length;
  const read = (length: number) => {
    const out = buf.subarray(at, at + length);
    if (out.length !== length) throw new Error("truncated NER model file");
    at += length;
    return out;
  };
  const header = headerSchema.parse(JSON.parse(read(read(4).readUInt32LE()).toString()));
  if (header.labels.join() !== LABELS.join()) throw new Error("NER model labels do not match this code");
  const n = header.featureCount;
  const keys = new Uint32Array(n);
  new Uint8Array(keys.buffer).set(read(n * 4));
  const T = LABELS.length;
  const passes = header.passes.map((p): PassWeights => {
    const scales = new Float32Array(n);
    new Uint8Array(scales.buffer).set(read(n * 4));
    const q = new Int8Array(read(n * T));
    const emission = new Float32Array(n * T);
    for (let k = 0; k < n; k++) for (let t = 0; t < T; t++) emission[k * T + t] = q[k * T + t]! * scales[k]!;
    return { labels: T, emission, start: Float64Array.from(p.start), pair: Float64Array.from(p.pair) };
  });
  return {
    features: createFeatureTable(keys),
    first: passes[0]!,
    second: passes[1]!,
    gazetteer: gazetteerFromLists(header.gazetteer),
    sources: header.sources ?? [],
  };
}
