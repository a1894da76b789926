import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  appIdOf,
  runProtection
} from "./chunk-5KC3AYV5.js";
import "./chunk-NPJITCEG.js";
import "./chunk-5EA3RFOC.js";
import "./chunk-XEQG24DF.js";
import "./chunk-IYG7IW7E.js";
import "./chunk-PPUIZ7VU.js";
import "./chunk-T2NOWLVF.js";
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
  appIdOf,
  runProtection
};
