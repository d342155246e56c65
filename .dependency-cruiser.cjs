/**
 * The direction of imports (docs/conventions.md, "The shape of the house"):
 * content -> pipeline -> JSON -> src/schema -> lib -> components/ui -> features -> app. Nothing points back up.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    { name: "no-circular", severity: "error", from: {}, to: { circular: true } },
    {
      name: "schema-is-the-base",
      comment: "src/schema holds zod schemas shared by pipeline and app: no DOM, no Node, nothing above it.",
      severity: "error",
      from: { path: "^src/schema" },
      to: { path: "^(src/(lib|components|features|app)|pipeline|e2e|scripts)/" },
    },
    {
      name: "lib-imports-nothing-above-it",
      severity: "error",
      from: { path: "^src/lib" },
      to: { path: "^(src/(components|features|app)|pipeline|e2e)/" },
    },
    {
      name: "ui-is-presentational",
      severity: "error",
      from: { path: "^src/components/ui" },
      to: { path: "^(src/(features|app)|pipeline|e2e)/" },
    },
    {
      name: "features-do-not-import-the-app",
      severity: "error",
      from: { path: "^src/features" },
      to: { path: "^(src/app|pipeline|e2e)/" },
    },
    {
      name: "features-stay-apart",
      comment: "A feature never reaches into another feature; compose them in a route instead.",
      severity: "error",
      from: { path: "^src/features/([^/]+)/" },
      to: { path: "^src/features/([^/]+)/", pathNot: "^src/features/$1/" },
    },
    {
      name: "pipeline-imports-schema-and-paths-only",
      comment:
        "The pipeline shares with the app the data format (src/schema), the site's URLs (src/lib/paths.ts), the pages' head tags (site-meta, entity-head), the types of the scripts it writes into them (script-types), and the one module that knows React Router's internals (the build renders pages with it).",
      severity: "error",
      from: { path: "^pipeline/" },
      to: {
        path: "^(src/(?!schema/|lib/(paths|site-meta|entity-head|script-types)\\.ts$|app/server/react-router-adapter\\.ts$)|e2e/)",
      },
    },
    {
      name: "pipeline-lib-is-the-base",
      comment:
        "pipeline/lib holds generic helpers (file tree, PRNG) that both halves of the pipeline use: nothing above it.",
      severity: "error",
      from: { path: "^pipeline/lib/" },
      to: { path: "^(pipeline/(?!lib/)|src/|scripts/|e2e/)" },
    },
    {
      name: "ingest-never-imports-the-site-build",
      comment:
        "Ingest (content -> JSON) comes before the site build (JSON -> pages) and never reaches into it or into a command. A test may follow a field through both.",
      severity: "error",
      from: { path: "^pipeline/(parse|text|entities|ner|topics|ingest|bundle)/", pathNot: "\\.test\\.ts$" },
      to: { path: "^pipeline/(site|publish|cli)/" },
    },
    {
      name: "app-never-imports-pipeline",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^(pipeline|scripts|e2e)/" },
    },
    {
      name: "e2e-imports-paths-and-schema-only",
      severity: "error",
      from: { path: "^e2e/" },
      to: { path: "^src/", pathNot: "^src/(lib/paths\\.ts|schema/)" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)\\.react-router/|\\+types/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.app.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};
