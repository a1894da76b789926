/**
 * The evidence public keys the repository trusts (`readiness.evidence_keys`:
 * paths of PEM files on the default branch), read through the API, so the
 * App and the CLI verify packs with the keys the repository committed.
 */
import type { KeyObject } from "node:crypto";
import { publicKeyFromPem } from "../../core/evidence/index.js";
import { UsageError } from "../../core/index.js";
import type { EventDeps } from "../event.js";

/** The keys at `paths` on the default branch; any that cannot be read or parsed is a reason. */
export async function readTrustedKeys(
  deps: Pick<EventDeps, "gh" | "repo">,
  paths: readonly string[],
): Promise<{ keys: KeyObject[] } | { reasons: string[] }> {
  const keys: KeyObject[] = [];
  const reasons: string[] = [];
  for (const path of paths) {
    const what = `readiness.evidence_keys: ${path}`;
    const answer = await deps.gh.getRawFile(path, deps.repo.defaultBranch);
    if (answer.kind !== "found") {
      reasons.push(
        `${what} is not a file on ${deps.repo.defaultBranch}; commit the public key there (openssl pkey -in key.pem -pubout -out pub.pem)`,
      );
      continue;
    }
    try {
      keys.push(publicKeyFromPem(answer.text, what));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      reasons.push(error.message);
    }
  }
  return reasons.length > 0 ? { reasons } : { keys };
}
