#!/usr/bin/env node
// validate.mjs FILE: checks that FILE (JSON) is a valid OpenAPI 3.1 document.
//
// Two passes, both against published schemas, nothing hand-written:
//  1. the document against the official OpenAPI 3.1 JSON schema, with
//     @seriousme/openapi-schema-validator (which also checks that every local
//     $ref resolves);
//  2. every Schema Object in it against the JSON Schema draft 2020-12
//     meta-schema (the official 3.1 schema deliberately leaves Schema Objects
//     unchecked; this is what OpenAPI's own "schema-base" variant adds).
//
// Prints `openapi: valid (3.1.x, N paths)` and exits 0, or prints every error
// (instance path and message) to stderr and exits 1. Usage errors exit 2.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { argv, exit } from "node:process";
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020Module from "ajv/dist/2020.js";

const Ajv2020 = Ajv2020Module.default || Ajv2020Module;

const file = argv[2];
if (!file || argv.length > 3) {
  console.error("usage: node validate.mjs FILE.json");
  exit(2);
}

let text;
try {
  text = readFileSync(file, "utf-8");
} catch (err) {
  console.error(`openapi: cannot read ${file}: ${err.message}`);
  exit(2);
}

function invalid(errors) {
  console.error(`openapi: ${file} is not a valid OpenAPI 3.1 document (${errors.length} error${errors.length === 1 ? "" : "s"}):`);
  for (const e of errors) console.error(`  ${e}`);
  exit(1);
}

// ajv error -> "PATH: message (details)"
function describe(e, prefix = "") {
  const where = prefix + (e.instancePath || "") || "/";
  let msg = e.message || e.keyword;
  const p = e.params || {};
  if (p.additionalProperty !== undefined) msg += ` '${p.additionalProperty}'`;
  else if (p.allowedValues !== undefined) msg += `: ${JSON.stringify(p.allowedValues)}`;
  else if (p.unevaluatedProperty !== undefined) msg += ` '${p.unevaluatedProperty}'`;
  return `${where}: ${msg}`;
}

// ajv reports each failed branch of an if/then or oneOf as well as the
// failure itself; keep the distinct lines, in order.
function unique(lines) {
  return [...new Set(lines)];
}

let doc;
try {
  doc = JSON.parse(text);
} catch (err) {
  invalid([`/: not JSON: ${err.message}`]);
}
if (doc === null || typeof doc !== "object" || Array.isArray(doc)) invalid(["/: must be a JSON object"]);
if (typeof doc.openapi !== "string" || !/^3\.1\.\d+(-.+)?$/.test(doc.openapi)) {
  invalid([`/openapi: must be a 3.1.x version string, got ${JSON.stringify(doc.openapi)}`]);
}

// ---- pass 1: the official OpenAPI 3.1 schema and $ref resolution ----------
const validator = new Validator({ allErrors: true });
const res = await validator.validate(structuredClone(doc));
if (!res.valid) {
  const errs = Array.isArray(res.errors)
    ? unique(res.errors.map((e) => describe(e)))
    : [`/: ${String(res.errors)}`];
  invalid(errs);
}

// ---- pass 2: every Schema Object against the JSON Schema 2020-12 meta-schema
// The same OpenAPI 3.1 schema the package ships, with its Schema Object
// definition (`{"type": ["object", "boolean"]}`) pointed at the meta-schema.
const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve("@seriousme/openapi-schema-validator/package.json"));
const oas = JSON.parse(readFileSync(join(pkgDir, "schemas/v3.1/schema.json"), "utf-8"));
if (!oas.$defs || !oas.$defs.schema) {
  invalid(["internal: the validator's OpenAPI 3.1 schema has no $defs/schema; update validate.mjs"]);
}
oas.$defs.schema = {
  $comment: "a Schema Object is a JSON Schema 2020-12 schema",
  $ref: "https://json-schema.org/draft/2020-12/schema",
};
// formats of the document itself were checked in pass 1
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
const checkSchemas = ajv.compile(oas);
if (!checkSchemas(doc)) {
  invalid(unique(checkSchemas.errors.map((e) => describe(e))));
}

const paths = doc.paths && typeof doc.paths === "object" ? Object.keys(doc.paths).length : 0;
console.log(`openapi: valid (${doc.openapi}, ${paths} paths)`);
