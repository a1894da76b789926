import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  appIdOf,
  runProtection
} from "./chunk-ZCA35HXF.js";
import "./chunk-V4H4ZQA3.js";
import "./chunk-OUAAOMY7.js";
import "./chunk-XEQG24DF.js";
import "./chunk-IYG7IW7E.js";
import "./chunk-CTTWDS5V.js";
import "./chunk-IIFE3UHJ.js";
import "./chunk-FG5A4IT5.js";
import "./chunk-G6L46R46.js";
import "./chunk-EYTOIYXU.js";
import "./chunk-ZBWF3FRJ.js";
import "./chunk-ZMO2NGHV.js";
import "./chunk-E3QZQHHB.js";
import "./chunk-CECXZRC2.js";
import "./chunk-TXBVCHSZ.js";
export {
  appIdOf,
  runProtection
};
