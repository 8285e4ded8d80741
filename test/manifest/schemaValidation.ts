// Validates a manifest against the add-in manifest XML schemas in ./schemas (where they come from
// and how they were patched: schemas/SOURCES.md) with libxml2, compiled to WebAssembly by
// xmllint-wasm, so the check needs neither a network nor a native xmllint.
import { readFileSync } from "fs";
import * as path from "path";
import { validateXML } from "xmllint-wasm";

const SCHEMA_DIR = path.join(__dirname, "schemas");
const ROOT_SCHEMA = "OfficeAppManifestV1_1.xsd";
const IMPORTED_SCHEMAS = [
  "OfficeAppBasicTypesV1_0.xsd",
  "TaskPaneAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_0.xsd",
];

export interface SchemaResult {
  valid: boolean;
  /** libxml2's messages, "manifest.xml:45: Schemas validity error : ...". */
  errors: string[];
}

function schemaFile(name: string): { fileName: string; contents: string } {
  return { fileName: name, contents: readFileSync(path.join(SCHEMA_DIR, name), "utf8") };
}

export async function validateManifestXml(xml: string): Promise<SchemaResult> {
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [schemaFile(ROOT_SCHEMA)],
    preload: IMPORTED_SCHEMAS.map(schemaFile),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}
