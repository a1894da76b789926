import { z } from "zod";
import { sectionId } from "../config/sections.js";
import { ruleBaseShape } from "./common.js";
import { defineRule } from "./rule.js";

export const RISK_SEVERITIES = ["critical", "high", "medium", "low"] as const;

export const residualRisks = defineRule({
  id: "residual-risks",
  description: "No open critical residual risk, and every open high risk has an owner.",
  options: z.strictObject({
    ...ruleBaseShape,
    section: sectionId
      .default("residual_risks")
      .describe("Section id that holds the risk table or list."),
    block_open: z
      .array(z.enum(RISK_SEVERITIES))
      .default(["critical"])
      .describe("Severities that block while the risk is open."),
    require_owner: z
      .array(z.enum(RISK_SEVERITIES))
      .default(["high"])
      .describe("Severities that block while open without an owner."),
  }),
  check() {
    return [];
  },
});
