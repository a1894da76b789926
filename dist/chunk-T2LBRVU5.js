import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);

// cli/color.ts
import { styleText } from "node:util";
function useColor(stream, env) {
  let force = env.FORCE_COLOR;
  return force !== void 0 ? force !== "0" && force.toLowerCase() !== "false" : env.NO_COLOR || env.TERM === "dumb" ? !1 : stream.isTTY === !0;
}
function palette(enabled) {
  let style = (format) => (text) => enabled && text ? styleText(format, text, { validateStream: !1 }) : text;
  return {
    bold: style("bold"),
    dim: style("dim"),
    red: style("red"),
    green: style("green"),
    yellow: style("yellow"),
    blue: style("blue"),
    cyan: style("cyan")
  };
}

export {
  useColor,
  palette
};
