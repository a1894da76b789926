import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  publicKeys,
  runEvidence
} from "./chunk-BSZ5BARS.js";
import "./chunk-POLP4ZUD.js";
import "./chunk-T2LBRVU5.js";
import "./chunk-5EA3RFOC.js";
import "./chunk-IYG7IW7E.js";
import "./chunk-MXX6H2WV.js";
import "./chunk-NSO7L2AE.js";
import "./chunk-4YV5M6XR.js";
import "./chunk-SSP7UEET.js";
import "./chunk-EYTOIYXU.js";
import "./chunk-XRWPT2AM.js";
import "./chunk-ZMO2NGHV.js";
import "./chunk-E3QZQHHB.js";
import "./chunk-VUTGOOYN.js";
import "./chunk-MSUCSWVI.js";
import "./chunk-TXBVCHSZ.js";
export {
  publicKeys,
  runEvidence
};
