import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  SIGNING_KEY_ENV,
  runEvidence
} from "./chunk-V7LSSBWW.js";
import "./chunk-IJJ46UGG.js";
import "./chunk-7CW2JQQT.js";
import "./chunk-QFUONL4U.js";
import "./chunk-H3DEAR5S.js";
import "./chunk-VX3T4TPY.js";
import "./chunk-QLCPB2V3.js";
import "./chunk-VZDLUMCI.js";
import "./chunk-E3QZQHHB.js";
import "./chunk-474RADFZ.js";
import "./chunk-TXBVCHSZ.js";
export {
  SIGNING_KEY_ENV,
  runEvidence
};
