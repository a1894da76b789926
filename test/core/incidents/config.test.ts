import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../core/config/load.js";
import { defaultConfig } from "../../../core/config/schema.js";
import { ConfigError } from "../../../core/errors.js";

describe("incidents config", () => {
  it("defaults to the playbook targets", () => {
    const { incidents } = defaultConfig();
    expect(incidents.sla.critical).toEqual({ ack: 5, contain: 15, recover: 60, business: [] });
    expect(incidents.sla.high).toEqual({ ack: 15, contain: 60, recover: 72 * 60, business: [] });
    expect(incidents.sla.medium).toEqual({
      ack: 240,
      contain: null,
      recover: 14 * 24 * 60,
      business: ["ack"],
    });
    expect(incidents.freeze_branches).toEqual(["main", "develop"]);
    expect(incidents.p0_trigger).toEqual({ count: 2, days: 14, id: "PC-P1-01" });
    expect(incidents.wip_limit).toBe(5);
  });

  it("fills defaults under a partial key", () => {
    const config = parseConfig("incidents:\n  sla:\n    critical:\n      ack: 10\n");
    expect(config.incidents.sla.critical).toMatchObject({ ack: 10, contain: 15, recover: 60 });
  });

  it.each([
    ["incidents:\n  business_hours:\n    timezone: Mars/Olympus\n", /IANA time zone/],
    ["incidents:\n  business_hours:\n    start: 18\n    end: 9\n", /start must be before end/],
    ["incidents:\n  escalation:\n    - name: On Call\n", /kebab-case/],
    ["incidents:\n  escalation:\n    - name: oncall\n      mention: [bob]\n", /@user/],
    ["incidents:\n  wave_from_story: '(['\n", /not a valid regular expression/],
    ["incidents:\n  wip_limt: 4\n", /wip_limt/],
  ])("rejects %j", (text, message) => {
    expect(() => parseConfig(text)).toThrow(ConfigError);
    expect(() => parseConfig(text)).toThrow(message);
  });
});
