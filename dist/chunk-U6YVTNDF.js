import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  appIdOf,
  runProtection
} from "./chunk-UAMNVJ3M.js";
import "./chunk-RGNBS63H.js";
import "./chunk-5EA3RFOC.js";
import "./chunk-XEQG24DF.js";
import "./chunk-IYG7IW7E.js";
import "./chunk-LDHQLZJ6.js";
import "./chunk-4VPDFCHQ.js";
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
  appIdOf,
  runProtection
};
