import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);

// cli/color.ts
function useColor(stream, env) {
  let force = env.FORCE_COLOR;
  return force !== void 0 ? force !== "0" && force.toLowerCase() !== "false" : env.NO_COLOR || env.TERM === "dumb" ? !1 : stream.isTTY === !0;
}
function palette(enabled) {
  let style = (open, close) => (text) => enabled && text ? `\x1B[${open}m${text}\x1B[${close}m` : text;
  return {
    bold: style(1, 22),
    dim: style(2, 22),
    red: style(31, 39),
    green: style(32, 39),
    yellow: style(33, 39),
    blue: style(34, 39),
    cyan: style(36, 39)
  };
}

export {
  useColor,
  palette
};
