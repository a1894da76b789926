import { parseArgs } from "node:util";
import { doctorExitCode, renderDoctorText } from "../../core/doctor.js";
import { safeText } from "../../core/render/safe-text.js";
import { loadConfig } from "../../engine/config/checkout.js";
import { checkoutFiles, type DoctorInput, runDoctor } from "../../engine/doctor.js";
import type { CliIO } from "../../engine/io.js";
import { GitHubClient } from "../../github/client.js";
import { ArgumentError, parseOrExplain } from "../args.js";
import { cliOctokit, repositoryOf } from "../github.js";
import { HELP } from "../help.js";
import { appIdOf } from "./protection.js";

const OPTIONS = {
  repo: { type: "string" },
  config: { type: "string" },
  "app-id": { type: "string" },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

/**
 * `pilot-gate doctor`: the preflight (engine/doctor.ts), one line per
 * check with its fix. Exit 0 when no check failed, 1 when one did, 2 for a
 * usage error. Writes nothing.
 */
export async function runDoctorCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOrExplain(Object.keys(OPTIONS), () =>
    parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: true }),
  );
  if (values.help) {
    io.stdout.write(HELP.doctor);
    return 0;
  }
  if (positionals.length > 0) throw new ArgumentError(`unexpected argument "${positionals[0]}"`);
  const repository = repositoryOf(values.repo ?? io.env.GITHUB_REPOSITORY);
  let config: DoctorInput["config"];
  try {
    config = await loadConfig(io.cwd, values.config);
  } catch (error) {
    // A broken config is the first finding, not the end of the preflight.
    config = { error };
  }
  const configured = "config" in config ? config.config.protection.app_id : undefined;
  const known = values["app-id"] !== undefined || configured !== undefined || !!io.env.APP_ID;
  const appId = known ? appIdOf(values["app-id"], configured, io.env.APP_ID) : undefined;
  const token = (io.env.GITHUB_TOKEN ?? "").trim();
  // Not the App's client: the doctor asks what only a person's or a workflow's token may (secrets, labels).
  const gh = token === "" ? undefined : GitHubClient.forWorkflow(cliOctokit(io, token), repository);

  const checks = await runDoctor({ files: checkoutFiles(io.cwd), config, gh, appId });
  io.stdout.write(
    values.json
      ? `${JSON.stringify({ repository: `${repository.owner}/${repository.repo}`, checks }, null, 2)}\n`
      : safeText(renderDoctorText(checks)),
  );
  return doctorExitCode(checks);
}
