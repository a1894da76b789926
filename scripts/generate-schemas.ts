/**
 * Writes the JSON Schemas in schemas/ and the README's config reference from
 * the zod schemas. Run `npm run schemas` after changing a schema; a test fails
 * while either is stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CONFIG_SCHEMA_FILE, renderConfigJsonSchema } from "../core/config/json-schema.js";
import { updateReadme } from "./config-reference.js";

const root = fileURLToPath(new URL("..", import.meta.url));
writeFileSync(`${root}${CONFIG_SCHEMA_FILE}`, renderConfigJsonSchema());
console.log(`wrote ${CONFIG_SCHEMA_FILE}`);
const readme = `${root}README.md`;
writeFileSync(readme, updateReadme(readFileSync(readme, "utf8")));
console.log("updated the config reference in README.md");
