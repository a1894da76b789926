import { z } from "zod";
import { configSchema } from "./schema.js";

/** Where the generated schema is published, for `$id` and editor integration. */
export const CONFIG_SCHEMA_FILE = "schemas/pilot-gate.schema.json";

/**
 * The JSON Schema of `.github/pilot-gate.yml`, generated from the zod schema
 * so editors can validate and complete the file. It describes the input side:
 * every key is optional because defaults fill the rest.
 */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
  });
  return {
    ...schema,
    $id: "https://pilot-gate.dev/schemas/pilot-gate.schema.json",
    title: "pilot-gate config",
  };
}

/** The schema file's exact text, so generation and the drift test agree byte for byte. */
export function renderConfigJsonSchema(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
