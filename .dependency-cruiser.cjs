// The layers of @normas/core, bottom up; a folder imports only folders below it (docs: ../shared STYLE, "Layout").
// `pnpm run check:layers` (run by .ci/run) fails on any violation.
const SRC = "^packages/core/src/";
const LAYERS = [
  ["model"],
  ["text"],
  ["lang"],
  ["policy"],
  ["engine"],
  ["moderation", "originality"],
  ["rules"],
  ["workflows"],
  ["samples", "testing", "node"],
];
const above = (rank) => LAYERS.slice(rank + 1).flat();
const alt = (names) => `(${names.join("|")})`;

const layerRules = LAYERS.flatMap((names, rank) =>
  rank === LAYERS.length - 1
    ? []
    : [
        {
          name: `layer-${names.join("-")}`,
          comment: `${names.join(", ")} may import only the layers below them.`,
          severity: "error",
          from: { path: `${SRC}${alt(names)}/` },
          to: { path: `${SRC}${alt(above(rank))}/` },
        },
      ],
);

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: "no-folder-cycles",
      comment: "No cycle between folders of the core.",
      severity: "error",
      scope: "folder",
      from: { path: SRC },
      to: { circular: true },
    },
    {
      name: "no-module-cycles",
      severity: "error",
      from: { path: SRC },
      to: { circular: true },
    },
    {
      name: "analysers-apart",
      comment: "moderation/ and originality/ are peers: neither imports the other.",
      severity: "error",
      from: { path: `${SRC}(moderation|originality)/` },
      to: { path: `${SRC}(moderation|originality)/`, pathNot: `${SRC}$1/` },
    },
    {
      name: "languages-apart",
      comment: "A language pack imports no other language pack.",
      severity: "error",
      from: { path: `${SRC}lang/([^/]+)/` },
      to: { path: `${SRC}lang/[^/]+/`, pathNot: `${SRC}lang/$1/` },
    },
    {
      name: "norms-apart",
      comment: "A rule folder imports rules/_shared/, never another norm's folder.",
      severity: "error",
      from: { path: `${SRC}rules/([^/_][^/]*)/` },
      to: { path: `${SRC}rules/[^/_][^/]*/`, pathNot: `${SRC}rules/$1/` },
    },
    {
      name: "workflows-apart",
      comment: "cases/ and crisis/ share the workflow kernel, not each other's code.",
      severity: "error",
      from: { path: `${SRC}workflows/([^/]+)/` },
      to: { path: `${SRC}workflows/[^/]+/`, pathNot: `${SRC}workflows/$1/` },
    },
    {
      name: "isomorphic-core",
      comment: "The core runs in browsers: no Node built-ins outside src/node/ and tests.",
      severity: "error",
      from: { path: SRC, pathNot: [`${SRC}node/`, "\\.test\\.ts$"] },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "adapters-use-the-public-api",
      comment: "Adapter packages import @normas/core by name, never its files.",
      severity: "error",
      from: { path: "^packages/(?!core/)[^/]+/src/" },
      to: { path: "^packages/core/src/", pathNot: "^packages/core/src/[^/]+\\.ts$" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["(^|/)(dist|node_modules)/", "\\.test\\.ts$"] },
    tsConfig: { fileName: "tsconfig.base.json" },
    tsPreCompilationDeps: true,
  },
};
