import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  executePlan
} from "./chunk-4GTL7U6X.js";
import {
  readFreezeRecord
} from "./chunk-XRWPT2AM.js";
import {
  toIncident
} from "./chunk-VUTGOOYN.js";

// engine/applied.ts
function appliedOf(executed) {
  let decisive = executed.filter(({ write }) => write.failure === "fails-event");
  return decisive.length === 0 ? "none" : decisive.every((write) => write.made) ? "written" : "planned";
}

// engine/incidents/issues.ts
function toIncidents(items, config) {
  let byNumber = /* @__PURE__ */ new Map();
  for (let item of items) {
    if (item.isPull || byNumber.has(item.number)) continue;
    let incident = toIncident(item, config.incidents, config.ids.pattern);
    incident && byNumber.set(item.number, incident);
  }
  return [...byNumber.values()];
}
function escalationWrites(number, escalation) {
  let { body, label, mention } = escalation;
  return [
    {
      kind: "create-comment",
      issue: number,
      body,
      failure: "fails-event",
      what: `comment on #${number} mentioning ${mention.length > 0 ? mention.join(", ") : "nobody"}`
    },
    {
      kind: "add-labels",
      issue: number,
      labels: [label],
      failure: "fails-event",
      what: `add ${label} to #${number}`,
      afterFailure: `the escalation comment on #${number} was posted, so the next event or sweep posts it again before it adds ${label}`
    }
  ];
}
async function announceEscalation(deps, number, escalation, { dryRun }) {
  return appliedOf(await executePlan(deps, escalationWrites(number, escalation), { dryRun }));
}
function recordOf(item) {
  return item.author.type === "Bot" ? readFreezeRecord(item.body) : void 0;
}

export {
  appliedOf,
  toIncidents,
  escalationWrites,
  announceEscalation,
  recordOf
};
