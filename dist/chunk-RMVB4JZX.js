import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  appIdOf,
  runProtection
} from "./chunk-FCX55Z2W.js";
import "./chunk-D5QGDBS6.js";
import "./chunk-ZRKDO4NB.js";
import "./chunk-XEQG24DF.js";
import "./chunk-IYG7IW7E.js";
import "./chunk-4CMB3PHV.js";
import "./chunk-NZJDZTSW.js";
import "./chunk-UXSFPDDS.js";
import "./chunk-DHR4YBZ7.js";
import "./chunk-EYTOIYXU.js";
import "./chunk-67JF6Q7B.js";
import "./chunk-ZMO2NGHV.js";
import "./chunk-E3QZQHHB.js";
import "./chunk-GMHVY4PP.js";
import "./chunk-LFSF5ETV.js";
import "./chunk-TXBVCHSZ.js";
export {
  appIdOf,
  runProtection
};
