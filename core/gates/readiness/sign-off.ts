import { isFresh, latestReviews } from "../../reviews.js";
import type { PullRequestReview } from "../../types.js";

/** A sign-off PR of the commit readiness judges: a PR carrying `pilot.sign_off.label`. */
export interface SignOffPull {
  number: number;
  url?: string;
  /** The PR's head commit: only approvals made on it count. */
  headSha: string;
  reviews: PullRequestReview[];
}

/** A sign-off role and who holds it (its users and the members of its teams). */
export interface SignOffRole {
  role: string;
  /** `undefined` when the role is not defined under `roles:`, so nobody can sign for it. */
  holders: string[] | undefined;
}

/** What readiness reads from GitHub to judge the sign-off. */
export interface SignOffInput {
  label: string;
  roles: SignOffRole[];
  pulls: SignOffPull[];
}

/** One role's sign-off: who signed it (approved a sign-off PR on its head), and on which PR. */
export interface RoleSignOff {
  role: string;
  defined: boolean;
  signers: { login: string; pull: number }[];
  /** Holders whose approval is on an older commit of the PR: they must approve again. */
  stale: string[];
}

/**
 * Who signed each role off: a holder of the role whose latest review of a
 * sign-off PR approves it on the PR's head commit. An approval of an older
 * push does not count (what was signed is not what ships), nor does a later
 * request for changes or a dismissal, nor a reviewer who holds no sign-off
 * role.
 */
export function signOffByRole(input: SignOffInput): RoleSignOff[] {
  return input.roles.map(({ role, holders }) => {
    const members = new Set((holders ?? []).map((login) => login.toLowerCase()));
    const signers: RoleSignOff["signers"] = [];
    const stale: string[] = [];
    for (const pull of input.pulls) {
      for (const review of latestReviews(pull.reviews).values()) {
        if (review.state !== "approved" || !members.has(review.login.toLowerCase())) continue;
        if (isFresh(review, pull.headSha)) signers.push({ login: review.login, pull: pull.number });
        else stale.push(review.login);
      }
    }
    return { role, defined: holders !== undefined, signers, stale };
  });
}
