import type { Candidate } from "./candidate";
import { cleanSpan } from "./clean-span";
import { matchForm, type KnowledgeBase, type KnowledgeBaseEntry } from "./knowledge-base";
import { escapeRegExp, wordBounded } from "./word-boundary";

export interface KnowledgeBaseMatcher {
  candidates(text: string, block: number): Candidate[];
  entry(id: string): KnowledgeBaseEntry | undefined;
  isSuppressed(surface: string): boolean;
}

/** One alternation for the whole knowledge base, built once per extractor, longest forms first. */
export function createKnowledgeBaseMatcher(kb: KnowledgeBase): KnowledgeBaseMatcher {
  const byForm = new Map<string, KnowledgeBaseEntry>();
  const byId = new Map(kb.entities.map((e) => [e.id, e]));
  for (const entry of kb.entities) {
    for (const form of [entry.name, ...entry.aliases]) {
      const core = matchForm(entry.type, form);
      if (!byForm.has(core)) byForm.set(core, entry);
    }
  }
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length);
  const re = forms.length
    ? new RegExp(
        `(?:(?<![\\p{L}\\p{N}])(?<article>[Tt]he)\\s+)?(?<form>${wordBounded(forms.map(escapeRegExp).join("|"))})`,
        "gu",
      )
    : null;
  const suppressed = new Set(kb.suppress);

  return {
    entry: (id) => byId.get(id),
    isSuppressed: (surface) => suppressed.has(surface) || suppressed.has(surface.replace(/^[Tt]he\s+/u, "")),
    candidates(text, block) {
      if (!re) return [];
      const out: Candidate[] = [];
      for (const m of text.matchAll(re)) {
        const form = m.groups!.form!;
        const entry = byForm.get(form)!;
        let start = m.index + m[0].length - form.length;
        let end = start + form.length;
        // "The Washington Post" keeps its capitalised article; "the Kremlin" does not.
        if (m.groups!.article === "The" && /^The\s/u.test(entry.name) && entry.type === "organization") {
          start = m.index;
        }
        if (entry.type === "person") {
          const span = cleanSpan(text, { start, end }, "person");
          if (!span) continue;
          ({ start, end } = span);
        }
        out.push({
          block,
          start,
          end,
          type: entry.type,
          source: "kb",
          kbId: entry.id,
        });
      }
      return out;
    },
  };
}
