import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  DEFAULT_SMOKE_REPORT,
  gatherSmoke,
  matchFiles,
  runSmoke,
  smokeExitCode,
  writeSmokeReport
} from "./chunk-ORKP5QT6.js";
import "./chunk-SBXIGB67.js";
import "./chunk-H3DEAR5S.js";
import "./chunk-XDG7WSOC.js";
import "./chunk-IGLMHJWL.js";
import "./chunk-VX3T4TPY.js";
import "./chunk-QLCPB2V3.js";
import "./chunk-TRMUOB6Z.js";
import "./chunk-E3QZQHHB.js";
import "./chunk-474RADFZ.js";
import "./chunk-TXBVCHSZ.js";
export {
  DEFAULT_SMOKE_REPORT,
  gatherSmoke,
  matchFiles,
  runSmoke,
  smokeExitCode,
  writeSmokeReport
};
