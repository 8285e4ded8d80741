// Reads manifest.xml with @xmldom/xmldom into the few facts the offline checks need: its string,
// URL and image resources, the resids that point at them, every URL it names and the API sets it
// requires. The XSD validation (schemaValidation.ts) covers element order, types and lengths;
// these are the cross-references a schema cannot express.
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  xmlns: "http://www.w3.org/2000/xmlns/",
} as const;

export type ResourceKind = "Image" | "Url" | "ShortString" | "LongString";

export interface Resource {
  kind: ResourceKind;
  id: string;
  defaultValue: string;
  /** Locale -> value, from the resource's <bt:Override> children. */
  overrides: Map<string, string>;
}

export interface ResidReference {
  /** Element name and line, for messages: "Label (line 71)". */
  where: string;
  resid: string;
  /** The kind of resource Office expects this element to name. */
  expected: ResourceKind;
}

export interface NamedUrl {
  where: string;
  url: string;
}

export interface RequiredSet {
  name: string;
  minVersion: string;
}

/** Parses strictly: a warning from the parser is a broken manifest too. */
export function parseManifest(xml: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`manifest.xml does not parse (${level}): ${message}`);
    },
  });
  return parser.parseFromString(xml, "text/xml");
}

export function elementsNS(
  root: Document | Element,
  namespace: string,
  localName: string
): Element[] {
  const list = root.getElementsByTagNameNS(namespace, localName);
  const found: Element[] = [];
  for (let i = 0; i < list.length; i++) {
    const element = list.item(i);
    if (element) found.push(element);
  }
  return found;
}

export function childElements(parent: Element): Element[] {
  const found: Element[] = [];
  for (let i = 0; i < parent.childNodes.length; i++) {
    const node = parent.childNodes.item(i);
    if (node && node.nodeType === node.ELEMENT_NODE) found.push(node as Element);
  }
  return found;
}

export function describe(element: Element): string {
  return `${element.localName} (line ${element.lineNumber ?? "?"})`;
}

function overridesOf(element: Element): Map<string, string> {
  const overrides = new Map<string, string>();
  for (const child of childElements(element)) {
    if (child.localName === "Override") {
      overrides.set(child.getAttribute("Locale") ?? "", child.getAttribute("Value") ?? "");
    }
  }
  return overrides;
}

const RESOURCE_GROUPS: ReadonlyArray<[string, string, ResourceKind]> = [
  ["Images", "Image", "Image"],
  ["Urls", "Url", "Url"],
  ["ShortStrings", "String", "ShortString"],
  ["LongStrings", "String", "LongString"],
];

/** The <Resources> entries by id. Office ids are one namespace across the four groups. */
export function resources(doc: Document): Map<string, Resource> {
  const byId = new Map<string, Resource>();
  for (const [group, item, kind] of RESOURCE_GROUPS) {
    for (const container of elementsNS(doc, NS.bt, group)) {
      for (const element of childElements(container)) {
        if (element.namespaceURI !== NS.bt || element.localName !== item) continue;
        const id = element.getAttribute("id") ?? "";
        if (byId.has(id)) throw new Error(`resource id ${id} is defined twice`);
        byId.set(id, {
          kind,
          id,
          defaultValue: element.getAttribute("DefaultValue") ?? "",
          overrides: overridesOf(element),
        });
      }
    }
  }
  return byId;
}

/** Which kind of resource a resid on an element of VersionOverrides must name. */
function expectedKind(element: Element): ResourceKind {
  if (element.namespaceURI === NS.bt && element.localName === "Image") return "Image";
  switch (element.localName) {
    case "SourceLocation":
    case "FunctionFile":
    case "LearnMoreUrl":
    case "Runtime":
      return "Url";
    case "Label":
    case "Title":
    case "Namespace":
      return "ShortString";
    case "Description":
      return "LongString";
    default:
      throw new Error(`no rule for the resid on ${describe(element)}: add it to expectedKind`);
  }
}

export function residReferences(doc: Document): ResidReference[] {
  const references: ResidReference[] = [];
  for (const element of elementsNS(doc, "*", "*")) {
    const resid = element.getAttribute("resid");
    if (resid === null) continue;
    references.push({ where: describe(element), resid, expected: expectedKind(element) });
  }
  return references;
}

function looksLikeUrl(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text.trim());
}

/**
 * Every URL the manifest names, wherever it is: attribute values (DefaultValue, Override Value)
 * and element text. Namespace declarations are names, not addresses, and are left out.
 */
export function namedUrls(doc: Document): NamedUrl[] {
  const urls: NamedUrl[] = [];
  for (const element of elementsNS(doc, "*", "*")) {
    for (let i = 0; i < element.attributes.length; i++) {
      const attribute = element.attributes.item(i);
      if (!attribute || attribute.namespaceURI === NS.xmlns) continue;
      if (looksLikeUrl(attribute.value)) {
        urls.push({
          where: `${describe(element)} @${attribute.name}`,
          url: attribute.value.trim(),
        });
      }
    }
    for (let i = 0; i < element.childNodes.length; i++) {
      const node = element.childNodes.item(i);
      if (node && node.nodeType === node.TEXT_NODE && looksLikeUrl(node.nodeValue ?? "")) {
        urls.push({ where: describe(element), url: (node.nodeValue ?? "").trim() });
      }
    }
  }
  return urls;
}

/** The API sets of the base manifest's <Requirements>, which decide where the add-in activates. */
export function requiredSets(doc: Document): RequiredSet[] {
  const root = doc.documentElement;
  if (!root) return [];
  const requirements = childElements(root).find((e) => e.localName === "Requirements");
  if (!requirements) return [];
  const sets: RequiredSet[] = [];
  for (const setsElement of childElements(requirements).filter((e) => e.localName === "Sets")) {
    const defaultMin = setsElement.getAttribute("DefaultMinVersion") ?? "1.1";
    for (const set of childElements(setsElement).filter((e) => e.localName === "Set")) {
      sets.push({
        name: set.getAttribute("Name") ?? "",
        minVersion: set.getAttribute("MinVersion") ?? defaultMin,
      });
    }
  }
  return sets;
}

/** Compares "1.13" with "1.9" as versions, not as text. */
export function versionAtLeast(version: string, minimum: string): boolean {
  const a = version.split(".").map(Number);
  const b = minimum.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return true;
}
