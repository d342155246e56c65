// The `_headers` file of Netlify and Cloudflare Pages, which `npm run build` writes (pipeline/site/headers.ts):
// a URL pattern on a line of its own, then its headers indented below it. `*` matches anything (slashes too) and
// `:name` one path segment. Every rule that matches a path applies; a later rule's header replaces an earlier one
// of the same name (hosts differ there, so the build never sets one header in two matching rules).

/** @returns {{ pattern: RegExp, headers: Record<string, string> }[]} */
export function parseHeadersFile(text) {
  const rules = [];
  let current = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, "");
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      current = { pattern: patternRegExp(line.trim()), headers: {} };
      rules.push(current);
      continue;
    }
    const colon = line.indexOf(":");
    if (!current || colon < 0) continue;
    current.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

function patternRegExp(pattern) {
  const source = pattern
    .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) => {
      if (part === "*") return ".*";
      if (part.startsWith(":")) return "[^/]+";
      return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  return new RegExp(`^${source}$`);
}

/** @returns {Record<string, string>} the headers for `pathname`, every matching rule applied in order */
export function headersFor(rules, pathname) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const rule of rules) if (rule.pattern.test(pathname)) Object.assign(headers, rule.headers);
  return headers;
}
