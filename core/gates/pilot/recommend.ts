import type { ActivityAccount } from "./activity.js";
import type { RecommendConfig } from "./config.js";
import { ROSTER_CLASSES, type Roster, type RosterCandidate, type RosterClass } from "./roster.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The points of each part of the score, 100 in all. */
const POINTS = { service: 40, sales: 40, recency: 20 } as const;

/** Where the activity export came from, recorded in the roster. */
export interface RosterSource {
  file: string;
  sha256: string;
}

/**
 * The account's score, 0 to 100: up to 40 points for service actions and
 * 40 for sales actions (full points at `activity_target` each, so both areas
 * weigh the same), and up to 20 for recency (full today, none at
 * `active_within_days`).
 */
export function activityScore(
  account: ActivityAccount,
  config: RecommendConfig,
  now: Date,
): number {
  const area = (count: number) => Math.min(count, config.activity_target) / config.activity_target;
  const days = daysSince(account, now);
  const recency = Math.max(0, 1 - days / config.active_within_days);
  return Math.round(
    POINTS.service * area(account.service) +
      POINTS.sales * area(account.sales) +
      POINTS.recency * recency,
  );
}

function daysSince(account: ActivityAccount, now: Date): number {
  return Math.max(0, (now.getTime() - Date.parse(account.lastActivity)) / DAY_MS);
}

/**
 * Classifies the accounts of an activity export by the playbook's rules
 * (`pilot.recommend`). An account active in both service and sales (at
 * least `min_activity` actions each) within `active_within_days` is a
 * candidate; the rest are excluded, each with why. A candidate is
 * `REVISAR_PERFIL` when its kind is one of `kinds.review` (demo, homolog)
 * or its score is below `min_score`, else `REVISAR_CONTATO` when a contact
 * is missing (the business contact, or the technical one the pilot also
 * needs), else `SUGERIDO`. The profile question comes first: whether the
 * account may join at all is settled before its contacts are chased. Every
 * reason that applies is listed, whichever decided the class. Candidates are
 * listed by class, then score (highest first), then id.
 */
export function recommendRoster(
  accounts: readonly ActivityAccount[],
  config: RecommendConfig,
  now: Date,
  source: RosterSource,
): Roster {
  const candidates: RosterCandidate[] = [];
  const excluded: Roster["excluded"] = [];
  for (const account of accounts) {
    const days = daysSince(account, now);
    const inactive = [
      ...(account.service < config.min_activity
        ? [`${account.service} service action(s), fewer than ${config.min_activity}`]
        : []),
      ...(account.sales < config.min_activity
        ? [`${account.sales} sales action(s), fewer than ${config.min_activity}`]
        : []),
      ...(days > config.active_within_days
        ? [
            `last active ${Math.floor(days)} days ago, more than ${config.active_within_days} (pilot.recommend.active_within_days)`,
          ]
        : []),
    ];
    if (inactive.length > 0) {
      excluded.push({ id: account.id, name: account.name, line: account.line, reasons: inactive });
      continue;
    }
    candidates.push(classify(account, config, now, days));
  }
  const order = (value: RosterClass) => ROSTER_CLASSES.indexOf(value);
  candidates.sort(
    (a, b) =>
      order(a.class) - order(b.class) ||
      b.score - a.score ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return {
    version: 1,
    generated_at: now.toISOString(),
    source: { ...source, accounts: accounts.length },
    rules: {
      active_within_days: config.active_within_days,
      min_activity: config.min_activity,
      activity_target: config.activity_target,
      min_score: config.min_score,
    },
    candidates,
    excluded,
  };
}

function classify(
  account: ActivityAccount,
  config: RecommendConfig,
  now: Date,
  days: number,
): RosterCandidate {
  const score = activityScore(account, config, now);
  const profile = [
    ...(account.kindClass === "review"
      ? [`a ${account.kind} account: review whether it may join the window`]
      : []),
    ...(score < config.min_score
      ? [`score ${score} is below the minimum of ${config.min_score}`]
      : []),
  ];
  const contact = [
    ...(account.businessContact === null ? ["no business contact"] : []),
    ...(account.technicalContact === null ? ["no technical contact"] : []),
  ];
  const cls: RosterClass =
    profile.length > 0 ? "REVISAR_PERFIL" : contact.length > 0 ? "REVISAR_CONTATO" : "SUGERIDO";
  const active = `active in service (${account.service}) and sales (${account.sales}), last active ${Math.floor(days) === 0 ? "today" : `${Math.floor(days)} day(s) ago`}; score ${score}`;
  return {
    id: account.id,
    name: account.name,
    class: cls,
    score,
    reasons: [active, ...profile, ...contact],
    service: account.service,
    sales: account.sales,
    last_activity: account.lastActivity,
    kind: account.kind,
    technical_contact: account.technicalContact,
    business_contact: account.businessContact,
    line: account.line,
    receipts: [],
  };
}
