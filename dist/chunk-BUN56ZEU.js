import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  appIdOf,
  runProtection
} from "./chunk-BIP4B3HP.js";
import "./chunk-HFPNXIYB.js";
import "./chunk-ENTFU7BQ.js";
import "./chunk-XEQG24DF.js";
import "./chunk-IYG7IW7E.js";
import "./chunk-IIYNGLBT.js";
import "./chunk-46VLQBSB.js";
import "./chunk-UZ6JU4OU.js";
import "./chunk-AAALDF5D.js";
import "./chunk-EYTOIYXU.js";
import "./chunk-GFTXNDYV.js";
import "./chunk-ZMO2NGHV.js";
import "./chunk-E3QZQHHB.js";
import "./chunk-VD2HLFEA.js";
import "./chunk-IZHALN4U.js";
import "./chunk-TXBVCHSZ.js";
export {
  appIdOf,
  runProtection
};
