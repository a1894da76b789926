import { createRequire } from "node:module";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";

/**
 * Checks requests against GitHub's published OpenAPI description
 * (`@octokit/openapi`, api.github.com): the method and path must be an
 * operation GitHub documents, every query parameter must be one it declares
 * (and of its type), and a JSON body must validate against the operation's
 * request body schema. A request the description does not know is a problem.
 *
 * The plain (not dereferenced) description is loaded, a fifth of the size;
 * `$ref`s are resolved here, and OpenAPI 3.0's `nullable` is turned into the
 * JSON Schema that Ajv understands.
 */

export interface RequestToCheck {
  method: string;
  /** Path with query string, as sent, e.g. `/repos/o/r/contents/.github%2Fx.yml?ref=main`. */
  path: string;
  /** The raw body as sent, `""` when none. */
  body: string;
}

type Schema = Record<string, unknown>;

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
}

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  /** Characters outside `{params}`: the most literal template wins (`/pulls/{n}/files` over `/pulls/{n}/{x}`). */
  literal: number;
  names: string[];
  parameters: Parameter[];
  body: Schema | undefined;
  bodyRequired: boolean;
}

interface OpenApi {
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
}

const METHODS = ["get", "post", "put", "patch", "delete"];

let loaded: { operations: Operation[]; spec: OpenApi } | undefined;

function load(): { operations: Operation[]; spec: OpenApi } {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const spec = require("@octokit/openapi/generated/api.github.com.json") as OpenApi;
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    const shared = (item.parameters as unknown[] | undefined) ?? [];
    for (const method of METHODS) {
      const op = item[method] as { parameters?: unknown[]; requestBody?: unknown } | undefined;
      if (!op) continue;
      const names: string[] = [];
      const source = template
        .split(/(\{[^}]+\})/)
        .map((part) => {
          const name = /^\{([^}]+)\}$/.exec(part)?.[1];
          if (name) {
            names.push(name);
            return "([^/]+)";
          }
          return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        })
        .join("");
      const requestBody = op.requestBody
        ? (resolveRef(spec, op.requestBody) as {
            required?: boolean;
            content?: Record<string, { schema?: unknown }>;
          })
        : undefined;
      const bodySchema = requestBody?.content?.["application/json"]?.schema;
      operations.push({
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(`^${source}$`),
        literal: template.replace(/\{[^}]+\}/g, "").length,
        names,
        parameters: [...shared, ...(op.parameters ?? [])].map(
          (p) => resolveRef(spec, p) as Parameter,
        ),
        body: bodySchema ? (toJsonSchema(spec, bodySchema, []) as Schema) : undefined,
        bodyRequired: requestBody?.required === true,
      });
    }
  }
  operations.sort((a, b) => b.literal - a.literal);
  loaded = { operations, spec };
  return loaded;
}

function resolveRef(spec: OpenApi, node: unknown): unknown {
  let current = node as { $ref?: string } | undefined;
  const seen = new Set<string>();
  while (current && typeof current.$ref === "string") {
    if (seen.has(current.$ref)) throw new Error(`circular $ref ${current.$ref}`);
    seen.add(current.$ref);
    current = pointer(spec, current.$ref) as { $ref?: string } | undefined;
  }
  return current;
}

function pointer(spec: OpenApi, ref: string): unknown {
  if (!ref.startsWith("#/")) throw new Error(`external $ref ${ref} is not supported`);
  let node: unknown = spec;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    node = (node as Record<string, unknown> | undefined)?.[key];
  }
  if (node === undefined) throw new Error(`$ref ${ref} points nowhere`);
  return node;
}

/** OpenAPI 3.0 schema to JSON Schema: refs inlined (a cycle accepts anything), `nullable` made explicit. */
function toJsonSchema(spec: OpenApi, node: unknown, stack: string[]): unknown {
  if (Array.isArray(node)) return node.map((item) => toJsonSchema(spec, item, stack));
  if (!node || typeof node !== "object") return node;
  const object = node as Record<string, unknown>;
  if (typeof object.$ref === "string") {
    if (stack.includes(object.$ref)) return {};
    return toJsonSchema(spec, pointer(spec, object.$ref), [...stack, object.$ref]);
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    if (key === "nullable" || key === "example" || key === "examples" || key.startsWith("x-")) {
      continue;
    }
    // `properties` maps names to schemas; its keys are not keywords.
    out[key] =
      key === "properties" && value && typeof value === "object"
        ? Object.fromEntries(
            Object.entries(value).map(([name, schema]) => [
              name,
              toJsonSchema(spec, schema, stack),
            ]),
          )
        : toJsonSchema(spec, value, stack);
  }
  if (object.nullable === true) {
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    if (typeof out.type === "string") return { ...out, type: [out.type, "null"] };
    return { anyOf: [out, { type: "null" }] };
  }
  return out;
}

// ajv-formats is CommonJS; its default export arrives wrapped under ESM interop.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv) => Ajv;

function newAjv(coerceTypes: boolean): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes, logger: false });
  addFormats(ajv);
  return ajv;
}

const bodyAjv = newAjv(false);
const paramAjv = newAjv(true);
const compiled = new Map<unknown, ValidateFunction>();

function validator(ajv: Ajv, schema: Schema): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

/** The documented operation a request is for, or `undefined`. */
export function findOperation(method: string, pathname: string): Operation | undefined {
  const upper = method.toUpperCase();
  return load().operations.find((op) => op.method === upper && op.pattern.test(pathname));
}

/** Every way `request` departs from GitHub's OpenAPI description; `[]` when it conforms. */
export function validateRequest(request: RequestToCheck): string[] {
  const url = new URL(request.path, "https://api.github.com");
  const label = `${request.method.toUpperCase()} ${url.pathname}`;
  const op = findOperation(request.method, url.pathname);
  if (!op) return [`${label} is not an operation in GitHub's OpenAPI description`];

  const problems: string[] = [];
  const where = `${label} (${op.method} ${op.template})`;
  const values = op.pattern.exec(url.pathname)?.slice(1) ?? [];
  op.names.forEach((name, i) => {
    const param = op.parameters.find((p) => p.in === "path" && p.name === name);
    const value = decodeURIComponent(values[i] ?? "");
    if (!param) problems.push(`${where}: path parameter {${name}} is not declared`);
    else problems.push(...checkParam(where, param, value));
  });

  const declared = op.parameters.filter((p) => p.in === "query");
  for (const [name, value] of url.searchParams) {
    const param = declared.find((p) => p.name === name);
    if (!param) {
      problems.push(
        `${where}: query parameter "${name}" is not declared (declared: ${declared.map((p) => p.name).join(", ") || "none"})`,
      );
    } else {
      problems.push(...checkParam(where, param, value));
    }
  }
  for (const param of declared) {
    if (param.required && !url.searchParams.has(param.name)) {
      problems.push(`${where}: required query parameter "${param.name}" is missing`);
    }
  }

  if (op.body) {
    if (request.body === "") {
      if (op.bodyRequired) problems.push(`${where}: the request body is required`);
    } else {
      let data: unknown;
      try {
        data = JSON.parse(request.body);
      } catch {
        problems.push(`${where}: the body is not JSON`);
        return problems;
      }
      const validate = validator(bodyAjv, op.body);
      if (!validate(data)) {
        for (const error of validate.errors ?? []) {
          problems.push(
            `${where}: body${error.instancePath || ""} ${error.message ?? "is invalid"}`,
          );
        }
      }
    }
  } else if (request.body !== "" && request.body !== "{}") {
    problems.push(`${where}: sends a body, but the operation takes none`);
  }
  return problems;
}

function checkParam(where: string, param: Parameter, value: string): string[] {
  if (!param.schema) return [];
  const validate = validator(paramAjv, {
    type: "object",
    properties: { value: toJsonSchema(load().spec, param.schema, []) },
  });
  if (validate({ value })) return [];
  return (validate.errors ?? []).map(
    (error) =>
      `${where}: ${param.in} parameter "${param.name}"=${JSON.stringify(value)} ${error.message ?? "is invalid"}`,
  );
}
