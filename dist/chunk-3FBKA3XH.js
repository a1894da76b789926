import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  appIdOf,
  runProtection
} from "./chunk-BCTCZQTZ.js";
import "./chunk-Y7OWBX3Y.js";
import "./chunk-MYW64MZF.js";
import "./chunk-XEQG24DF.js";
import "./chunk-IYG7IW7E.js";
import "./chunk-UTKOLN76.js";
import "./chunk-F5MFOMUO.js";
import "./chunk-KMDGGVVW.js";
import "./chunk-DHR4YBZ7.js";
import "./chunk-EYTOIYXU.js";
import "./chunk-GFMFSFFO.js";
import "./chunk-ZMO2NGHV.js";
import "./chunk-E3QZQHHB.js";
import "./chunk-IDLGL5PL.js";
import "./chunk-LFSF5ETV.js";
import "./chunk-TXBVCHSZ.js";
export {
  appIdOf,
  runProtection
};
