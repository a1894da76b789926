import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  publicKeys,
  runEvidence
} from "./chunk-MS7BPZH7.js";
import "./chunk-TFGN7SRY.js";
import "./chunk-T2LBRVU5.js";
import "./chunk-5EA3RFOC.js";
import "./chunk-IYG7IW7E.js";
import "./chunk-OPHXHKKY.js";
import "./chunk-GBELZSG4.js";
import "./chunk-JYORAOO4.js";
import "./chunk-SSP7UEET.js";
import "./chunk-EYTOIYXU.js";
import "./chunk-HFCAYOUO.js";
import "./chunk-ZMO2NGHV.js";
import "./chunk-E3QZQHHB.js";
import "./chunk-VUTGOOYN.js";
import "./chunk-MSUCSWVI.js";
import "./chunk-TXBVCHSZ.js";
export {
  publicKeys,
  runEvidence
};
