import { readFileSync } from "node:fs";
import { createEntityExtractor } from "../pipeline/entities/extract";
import { loadKnowledgeBase } from "../pipeline/entities/knowledge-base";
import { documentText, parseConll } from "../pipeline/ner/conll";
import { resolveCollection } from "../pipeline/entities/resolve-collection";
import { collectionKnowledge } from "../pipeline/entities/collection-knowledge";
import { loadWorldKnowledge } from "../pipeline/entities/world-knowledge";
const docs = parseConll(readFileSync(process.argv[2]!, "utf8")).map(documentText);
const kb = await loadKnowledgeBase("content/entities.yaml");
const ex = createEntityExtractor({ knowledgeBase: kb });
const a = docs.map((d) => ex.extract([d.text]));
const b = resolveCollection(docs.map((d, i) => ({ blocks: [d.text], entities: a[i]! })), collectionKnowledge(kb, loadWorldKnowledge()));
const T: Record<string, string> = { PER: "person", ORG: "organization", LOC: "place", MISC: "misc" };
docs.forEach((doc, i) => {
  const gold = new Map(doc.spans.map((s) => [`${doc.starts[s.start]}-${doc.starts[s.end - 1]! + doc.tokens[s.end - 1]!.length}`, T[s.type]]));
  const show = (r: (typeof a)[number]) => new Map(r.mentions.map((m) => [`${m.start}-${m.end}`, r.entities.find((e) => e.id === m.entityId)!.type]));
  const [x, y] = [show(a[i]!), show(b[i]!)];
  for (const k of x.keys()) {
    if (x.get(k) === y.get(k)) continue;
    const [s, e] = k.split("-").map(Number);
    const g = gold.get(k) ?? "-";
    console.log(`${g === y.get(k) ? "GOOD" : g === x.get(k) ? "BAD " : "meh "} ${doc.text.slice(s, e)}\tgold=${g}\tbefore=${x.get(k)}\tafter=${y.get(k)}`);
  }
});
