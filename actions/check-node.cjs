// Runs before every pilot-gate action's bundle, on whatever `node` the
// runner has on PATH (a composite action cannot choose its Node, and a
// self-hosted runner may carry an old one): below package.json's
// engines.node, fail with a message that says what to do rather than let the
// bundle crash on a missing API. It runs from the checkout alone, with no
// node_modules, so semver is not at hand: the three-part compare below is
// all engines.node (">=X.Y") needs. Plain CommonJS in syntax any Node since 6
// runs, so an old Node can still run it and say so.
const minimum = require("../package.json").engines.node.replace(/^>=\s*/, "");
const have = process.versions.node;

function parts(version) {
  return version.split(".").map((part) => Number(part) || 0);
}

function below(a, b) {
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < 3; i++) {
    if ((x[i] || 0) !== (y[i] || 0)) return (x[i] || 0) < (y[i] || 0);
  }
  return false;
}

if (below(have, minimum)) {
  console.log(
    "::error title=Node.js too old::pilot-gate needs Node.js " +
      minimum +
      " or newer (22 or 24 recommended); this runner has " +
      have +
      ". Add actions/setup-node with node-version: 24 before this step.",
  );
  process.exit(1);
}
