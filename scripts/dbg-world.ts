import { readFileSync } from "node:fs";
import { createEntityExtractor } from "../pipeline/entities/extract";
import { loadKnowledgeBase } from "../pipeline/entities/knowledge-base";
import { documentText, parseConll } from "../pipeline/ner/conll";
import { worldKnowledgeFrom } from "../pipeline/entities/world-knowledge";
const docs = parseConll(readFileSync(process.argv[2]!, "utf8")).map(documentText);
const kb = await loadKnowledgeBase("content/entities.yaml");
const empty = worldKnowledgeFrom({ version: "x", sources: {}, entries: [], commonNounNames: {} });
const a = createEntityExtractor({ knowledgeBase: kb, world: empty });
const b = createEntityExtractor({ knowledgeBase: kb });
const T: Record<string, string> = { PER: "person", ORG: "organization", LOC: "place", MISC: "misc" };
for (const doc of docs) {
  const gold = new Map(
    doc.spans.map((s) => [
      `${doc.starts[s.start]}-${doc.starts[s.end - 1]! + doc.tokens[s.end - 1]!.length}`,
      T[s.type],
    ]),
  );
  const show = (r: ReturnType<typeof a.extract>) =>
    new Map(r.mentions.map((m) => [`${m.start}-${m.end}`, r.entities.find((e) => e.id === m.entityId)!.type]));
  const [x, y] = [show(a.extract([doc.text])), show(b.extract([doc.text]))];
  for (const k of new Set([...x.keys(), ...y.keys()])) {
    if (x.get(k) === y.get(k)) continue;
    const [s, e] = k.split("-").map(Number);
    console.log(
      `${doc.text.slice(s, e)}\tgold=${gold.get(k) ?? "-"}\tbefore=${x.get(k) ?? "-"}\tafter=${y.get(k) ?? "-"}`,
    );
  }
}
