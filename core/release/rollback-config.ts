import { z } from "zod";
import { TAG_PATTERN } from "./publish.js";

/** GitHub refuses ref names longer than this (bytes, ASCII here). */
const REF_NAME_MAX = 255;

/**
 * `rollback:` in `.github/pilot-gate.yml`: how `pilot-gate rollback run`
 * takes the code back to the last GO release.
 */
export const rollbackConfigSchema = z
  .strictObject({
    mode: z
      .enum(["revert-pr", "deploy-ref"])
      .default("revert-pr")
      .describe(
        "`revert-pr`: open a PR to the default branch whose one commit has the target release's tree (a person merges it, through the usual checks). `deploy-ref`: move the branch `deploy_ref` names to the target release's commit, for teams that deploy from a branch rather than from the default branch.",
      ),
    deploy_ref: z
      .string()
      .max(REF_NAME_MAX)
      .regex(TAG_PATTERN, "a branch name git accepts, e.g. production")
      .optional()
      .describe(
        "The branch to re-point in `deploy-ref` mode, e.g. `production` (required there, unused otherwise). It is moved backwards, so it must not be protected against force pushes for the workflow's token.",
      ),
  })
  .superRefine((value, ctx) => {
    if (value.mode === "deploy-ref" && value.deploy_ref === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["deploy_ref"],
        message: "mode deploy-ref needs deploy_ref: the branch to re-point, e.g. production",
      });
    }
  })
  .describe(
    "How `pilot-gate rollback run` reverts: a revert PR (default) or a re-pointed deploy branch.",
  );

export type RollbackConfig = z.output<typeof rollbackConfigSchema>;
