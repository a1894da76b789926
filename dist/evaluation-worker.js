import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  evaluateWithLabels
} from "./chunk-VUTGOOYN.js";
import "./chunk-MSUCSWVI.js";
import "./chunk-TXBVCHSZ.js";

// app/evaluation-worker.ts
import { parentPort } from "node:worker_threads";
parentPort?.on("message", (task) => {
  let verdicts = evaluateWithLabels(task.snapshot, task.config, task.labelSets);
  parentPort?.postMessage({ id: task.id, verdicts });
});
parentPort?.postMessage({ ready: !0 });
