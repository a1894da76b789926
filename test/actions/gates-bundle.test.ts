import { readFileSync } from "node:fs";
import { describe, it } from "vitest";
import { buildGate, gateNames, gateOutfile } from "../../scripts/build-action.mjs";

describe("gate action bundles (npm run build)", () => {
  for (const name of gateNames()) {
    it(`dist/${name}.js is the bundle npm run build makes from the current sources`, async () => {
      const built = Buffer.from(await buildGate(name, { write: false }));
      let committed: Buffer;
      try {
        committed = readFileSync(gateOutfile(name));
      } catch {
        throw new Error(`dist/${name}.js is missing: run npm run build`);
      }
      if (!built.equals(committed)) throw new Error(`dist/${name}.js is stale: run npm run build`);
    });
  }
});
