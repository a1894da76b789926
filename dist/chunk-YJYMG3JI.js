import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  SIGNING_KEY_ENV,
  runEvidence
} from "./chunk-I5FUNY57.js";
import "./chunk-6QIWGUGU.js";
import "./chunk-WBX4DJ7X.js";
import "./chunk-KMY27OD6.js";
import "./chunk-H3DEAR5S.js";
import "./chunk-P7KH5YCJ.js";
import "./chunk-QLCPB2V3.js";
import "./chunk-S55RIDFK.js";
import "./chunk-E3QZQHHB.js";
import "./chunk-KQWAA5ZJ.js";
import "./chunk-TXBVCHSZ.js";
export {
  SIGNING_KEY_ENV,
  runEvidence
};
