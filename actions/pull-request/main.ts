import { pathToFileURL } from "node:url";
import * as core from "@actions/core";
import { getInputs } from "./inputs.js";
import { runAction } from "./run.js";

export { INPUTS, OUTPUTS } from "./inputs.js";

/**
 * The action's entry (bundled to dist/action.js, run by the root action.yml):
 * reads the inputs once and runs the gate. A failure that stops it before a
 * verdict (an unsupported event, a bad input) fails the step with a message
 * saying what to change, not a stack trace.
 */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    await runAction(getInputs(env));
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await main();
}
