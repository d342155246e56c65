// `npm run bench:size`: what each route costs a reader, measured from the build output (gzip level 9).
// For a cold load: the prerendered HTML (which embeds the route's data) plus every script, module preload and
// stylesheet it references. For an in-app navigation: the route's JSON file.
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { readEnvVar } from "../pipeline/lib/env.ts";

const root = path.resolve(readEnvVar("LEDE_BUILD_DIR"), "client");
if (!existsSync(path.join(root, "index.html"))) {
  console.error(`bench:size: ${path.relative(process.cwd(), root)}/index.html not found; run \`npm run build\` first`);
  process.exit(1);
}

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function coldLoad(htmlFile) {
  const html = readFileSync(htmlFile);
  const text = html.toString("utf8");
  const refs = new Set();
  for (const m of text.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="(\/assets\/[^"]+)"/g)) refs.add(m[1]);
  for (const m of text.matchAll(/import\(?\s*"(\/assets\/[^"]+\.js)"/g)) refs.add(m[1]);
  const sizes = { html: gz(html), js: 0, css: 0 };
  for (const ref of refs) {
    const bytes = readFileSync(path.join(root, ref));
    if (ref.endsWith(".css")) sizes.css += gz(bytes);
    else if (ref.endsWith(".js")) sizes.js += gz(bytes);
  }
  return { ...sizes, total: sizes.html + sizes.js + sizes.css, files: refs.size + 1 };
}

const index = JSON.parse(readFileSync(path.join(root, "data/index.json"), "utf8"));
const article = index.articles[0];
const rows = [
  ["/ (list)", coldLoad(path.join(root, "index.html")), gz(readFileSync(path.join(root, "data/index.json")))],
  [
    `/articles/${article.slug}`,
    coldLoad(path.join(root, "articles", article.slug, "index.html")),
    gz(readFileSync(path.join(root, "data/articles", `${article.slug}.json`))),
  ],
];

console.log(`Build: ${path.relative(process.cwd(), root)} (${index.articles.length} article(s)); sizes gzipped\n`);
console.log("| route | HTML (with data) | JS | CSS | cold load total | files | data on in-app navigation |");
console.log("| --- | --: | --: | --: | --: | --: | --: |");
for (const [name, s, data] of rows) {
  console.log(`| ${name} | ${kb(s.html)} | ${kb(s.js)} | ${kb(s.css)} | ${kb(s.total)} | ${s.files} | ${kb(data)} |`);
}
