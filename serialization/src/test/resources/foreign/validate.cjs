// Validates JSON documents with gongkai's JSON Schema, as a Node user would: ajv (draft 2020-12) with
// ajv-formats, in strict mode: unknown keywords and formats, ignored keywords, tuples and numbers are errors.
// Two of strict mode's style lints are off: strictTypes and strictRequired (the schema's if/then and not blocks
// name "required" members defined elsewhere without restating "type": "object" or "properties"). Usage: node validate.cjs SCHEMA DIR (ajv found through NODE_PATH).
// Prints "schema ok" (or "schema-error: why" and stops), then one line per DIR/*.json, sorted:
// "ok NAME" or "invalid NAME: why". Run by ForeignSchemaValidatorsTest.
"use strict";
const fs = require("fs");
const path = require("path");
const Ajv2020 = require("ajv/dist/2020");
const addFormats = require("ajv-formats");

const [schemaPath, folder] = process.argv.slice(2);
const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8"));
const ajv = new Ajv2020({ strict: true, strictTypes: false, strictRequired: false, allErrors: false });
addFormats(ajv);
let validate;
try {
  validate = ajv.compile(schema);
} catch (e) {
  console.log("schema-error: " + String(e.message).slice(0, 300));
  process.exit(0);
}
console.log("schema ok");
for (const name of fs.readdirSync(folder).filter((n) => n.endsWith(".json")).sort()) {
  const document = JSON.parse(fs.readFileSync(path.join(folder, name), "utf8"));
  if (validate(document)) {
    console.log("ok " + name);
  } else {
    const e = validate.errors[0];
    console.log("invalid " + name + ": " + (e.instancePath + " " + e.message).slice(0, 200));
  }
}
