import { z } from "zod";
import { UsageError } from "../../errors.js";
import type { InputWording } from "../input-wording.js";

/**
 * `smoke:` in `.github/pilot-gate.yml`: what the smoke gate runs and judges,
 * said once so the pilot cycle and release workflows (and `pilot-gate
 * smoke`) need no inputs. Every key defaults to empty.
 */
export const smokeConfigSchema = z
  .strictObject({
    commands: z
      .array(z.string().min(1))
      .default([])
      .describe(
        "Smoke commands, run in order through the shell in the repository root before the reports are read (every one runs, even after one fails), e.g. `npm run smoke`. In a workflow they run with the job's token: the pilot cycle and release workflows run from the default branch, so the commands are the default branch's.",
      ),
    junit: z
      .array(z.string().min(1))
      .default([])
      .describe(
        "Globs of the JUnit XML files the smoke run writes, relative to the repository root, e.g. `reports/**/*.xml`; each must match a file. Used when the smoke Action's `junit` input or `pilot-gate smoke --junit` is not given; a given one wins, with its own commands and suites.",
      ),
    suites: z
      .array(z.string().min(1))
      .default([])
      .describe(
        "Suites that must each have executed scenarios, e.g. `core`, `ui`. Empty: no suite is required.",
      ),
  })
  .describe(
    "The smoke gate's inputs for the smoke Action and `pilot-gate smoke` when they are given no JUnit globs: the commands to run, the reports to judge, the suites that must have run.",
  );

export type SmokeConfig = z.output<typeof smokeConfigSchema>;

/** What the smoke gate runs and judges, and whether the config said so. */
export interface SmokeSettings {
  commands: string[];
  junit: string[];
  suites: string[];
  /** `input` when the runtime's own inputs named the JUnit files, `config` when `smoke:` did. */
  source: "input" | "config";
}

/**
 * The smoke settings a runtime uses, shared by the smoke Action and
 * `pilot-gate smoke`: its own JUnit globs when it was given any (the
 * config's `smoke:` is then ignored, so its commands do not run), else
 * `smoke.junit` with `smoke.commands` and `smoke.suites`, where commands or
 * suites the runtime was given still win. Neither naming a JUnit file is a
 * `UsageError` naming both the input and `smoke.junit`: a gate with nothing
 * to judge never passes.
 */
export function smokeSettings(
  given: Omit<SmokeSettings, "source">,
  config: SmokeConfig,
  wording: InputWording,
): SmokeSettings {
  if (given.junit.length > 0) return { ...given, source: "input" };
  if (config.junit.length === 0) {
    throw new UsageError(
      `${wording.input} is empty and smoke.junit in ${wording.config} lists no glob either: ${wording.example}, or list the globs once under smoke.junit in .github/pilot-gate.yml (e.g. junit: [reports/**/*.xml]).`,
    );
  }
  return {
    commands: given.commands.length > 0 ? given.commands : [...config.commands],
    junit: [...config.junit],
    suites: given.suites.length > 0 ? given.suites : [...config.suites],
    source: "config",
  };
}
