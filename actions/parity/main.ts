import { pathToFileURL } from "node:url";
import * as core from "@actions/core";
import { getInputs } from "./inputs.js";
import { runParityAction } from "./run.js";

export { INPUTS, OUTPUTS } from "./inputs.js";

/**
 * The parity action's entry (bundled to dist/parity.js, run by
 * actions/parity/action.yml): reads the inputs once and runs the gate. Any
 * failure before a report fails the step with what to change.
 */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    await runParityAction(getInputs(env));
  } catch (error) {
    core.setOutput("status", "error");
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await main();
}
