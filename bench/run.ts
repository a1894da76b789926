/**
 * `npm run bench`: prints the figures the issues set targets for. Figures,
 * not pass/fail: timing assertions flake on shared machines.
 */
import { benchActivityCost } from "./activity-cost.js";
import { benchAppEvents } from "./app-events.js";
import { benchAppProcess, benchAppProcessUnderLoad } from "./app-process.js";
import { benchBodyCost } from "./body-cost.js";
import { benchCiEvents } from "./ci-events.js";
import { benchCliStart } from "./cli-start.js";
import { benchCycleCost } from "./cycle-cost.js";
import { benchEvidenceHashing } from "./evidence-hashing.js";
import { benchEvidenceIJson } from "./evidence-ijson.js";
import { benchHostileInFlight } from "./hostile-in-flight.js";
import { benchInputCost } from "./input-cost.js";
import { benchInstallScale } from "./install-scale.js";
import { benchMilestoneCost } from "./milestone-cost.js";
import { benchPackageSize } from "./package-size.js";
import { benchRecordsCost } from "./records-cost.js";
import { benchSiteBuild } from "./site-build.js";

for (const line of await benchCliStart(Number(process.env.BENCH_CLI_RUNS ?? 15))) console.log(line);
for (const line of benchPackageSize()) console.log(line);
for (const line of await benchAppProcess(Number(process.env.BENCH_APP_STARTS ?? 5))) {
  console.log(line);
}
for (const line of await benchAppProcessUnderLoad(
  Number(process.env.BENCH_LOAD_PRS ?? 20),
  Number(process.env.BENCH_LOAD_EVENTS ?? 1000),
  Number(process.env.BENCH_LOAD_CONCURRENCY ?? 16),
)) {
  console.log(line);
}
for (const line of await benchInstallScale(Number(process.env.BENCH_INSTALL_REPOS ?? 1000))) {
  console.log(line);
}

const prs = Number(process.env.BENCH_PRS ?? 200);
for (const line of await benchAppEvents(prs)) console.log(line);
for (const line of await benchCiEvents(
  Number(process.env.BENCH_CI_PRS ?? 20),
  Number(process.env.BENCH_CI_MATRIX ?? 200),
)) {
  console.log(line);
}

for (const line of await benchHostileInFlight(Number(process.env.BENCH_HOSTILE_PRS ?? 100))) {
  console.log(line);
}

for (const line of benchBodyCost()) console.log(line);

const evidenceMb = Number(process.env.BENCH_EVIDENCE_MB ?? 1024);
for (const line of await benchEvidenceHashing(evidenceMb)) console.log(line);
for (const line of benchEvidenceIJson()) console.log(line);

for (const line of await benchInputCost()) console.log(line);

for (const line of benchMilestoneCost()) console.log(line);

for (const line of await benchSiteBuild(100, 20)) console.log(line);
for (const line of benchActivityCost()) console.log(line);
for (const line of await benchCycleCost()) console.log(line);
for (const line of benchRecordsCost()) console.log(line);
