import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  DEFAULT_SMOKE_REPORT,
  gatherSmoke,
  matchFiles,
  runSmoke,
  smokeExitCode,
  writeSmokeReport
} from "./chunk-A62VNJUV.js";
import "./chunk-KMY27OD6.js";
import "./chunk-H3DEAR5S.js";
import "./chunk-P7KH5YCJ.js";
import "./chunk-QLCPB2V3.js";
import "./chunk-S55RIDFK.js";
import "./chunk-E3QZQHHB.js";
import "./chunk-KQWAA5ZJ.js";
import "./chunk-TXBVCHSZ.js";
export {
  DEFAULT_SMOKE_REPORT,
  gatherSmoke,
  matchFiles,
  runSmoke,
  smokeExitCode,
  writeSmokeReport
};
