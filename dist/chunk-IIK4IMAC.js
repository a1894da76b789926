import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  appIdOf,
  runProtection
} from "./chunk-G7XKIWN2.js";
import "./chunk-VP64LJO2.js";
import "./chunk-LXACKZIM.js";
import "./chunk-XEQG24DF.js";
import "./chunk-IYG7IW7E.js";
import "./chunk-RNE7VAXV.js";
import "./chunk-2GAYFUYP.js";
import "./chunk-FF2SWS62.js";
import "./chunk-YC3XSL5T.js";
import "./chunk-EYTOIYXU.js";
import "./chunk-TKUMSJAX.js";
import "./chunk-ZMO2NGHV.js";
import "./chunk-E3QZQHHB.js";
import "./chunk-VOWJ5ALQ.js";
import "./chunk-TXBVCHSZ.js";
export {
  appIdOf,
  runProtection
};
