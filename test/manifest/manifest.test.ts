// Offline checks of manifest.xml. `office-addin-manifest validate` sends the manifest to a web
// service we cannot reach; instead this validates it against the add-in manifest XML schemas
// (./schemas, see SOURCES.md) and checks what a schema cannot: that each resid names a resource
// of the right kind, that every string is translated, that the shared runtime is wired to one
// page, and that every URL is one the build serves.
import { existsSync, readFileSync } from "fs";
import * as path from "path";
import type { Document, Element } from "@xmldom/xmldom";
import {
  buildOutputs,
  expandFrom,
  loadWebpackConfig,
  REPO_ROOT,
  WEBPACK_CONFIG,
  type BuildOutputs,
} from "./buildOutputs";
import {
  childElements,
  elementsNS,
  namedUrls,
  NS,
  parseManifest,
  requiredSets,
  residReferences,
  resources,
  versionAtLeast,
} from "./manifestDocument";
import { validateManifestXml } from "./schemaValidation";

const MANIFEST = path.join(REPO_ROOT, "manifest.xml");
/** What a deployment sets ADDIN_URL to (the production build requires it). */
const DEPLOYED = "https://tiers.example.org/addin/";
const DEV_ORIGIN = "https://localhost:3000/";

/**
 * Build outputs the manifest may name before the code that produces them exists. functions.json
 * is generated from src/functions/functions.ts by the custom functions issue's build step; until
 * that file exists the manifest can already point at it. Once it exists, the build must emit it.
 */
const TO_BE_GENERATED = [{ file: "functions.json", source: "src/functions/functions.ts" }];

/** Strings that stay the same in every language, on purpose. */
const UNTRANSLATED = new Map([
  ["Functions.Namespace", "the formula prefix, =TIER.…, must not change with Office's language"],
]);

const xml = readFileSync(MANIFEST, "utf8");
const doc: Document = parseManifest(xml);

function only(elements: Element[], what: string): Element {
  if (elements.length !== 1) throw new Error(`expected one ${what}, found ${elements.length}`);
  return elements[0];
}

function child(parent: Element, localName: string): Element {
  return only(
    childElements(parent).filter((e) => e.localName === localName),
    `${localName} in ${parent.localName}`
  );
}

function residOf(element: Element): string {
  return element.getAttribute("resid") ?? "";
}

function control(id: string): Element {
  return only(
    elementsNS(doc, NS.ov, "Control").filter((c) => c.getAttribute("id") === id),
    `Control ${id}`
  );
}

describe("manifest.xml against the add-in manifest XML schemas", () => {
  it("is valid (OfficeApp 1.1 with the task pane VersionOverrides 1.0 schema)", async () => {
    const result = await validateManifestXml(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  // Proof that the schema set is actually enforced, and not silently skipping the overrides.
  it.each([
    [
      "an element out of order",
      '<SupportUrl DefaultValue="https://localhost:3000/assets/help.html"/>\n',
      "",
      "Permissions",
      '<SupportUrl DefaultValue="https://localhost:3000/assets/help.html"/><Permissions',
      "SupportUrl': This element is not expected",
    ],
    [
      "a resource id over 32 characters",
      'id="Icon.16"',
      'id="Icon.16.but.more.than.thirty.two.chars"',
      null,
      null,
      "maxLength",
    ],
    [
      "a runtime lifetime Office does not know",
      'lifetime="long"',
      'lifetime="forever"',
      null,
      null,
      "forever",
    ],
    [
      "a button without its tooltip",
      '<Description resid="Refresh.Tooltip"/>',
      "",
      null,
      null,
      "Supertip",
    ],
  ])("rejects a manifest with %s", async (_what, find, replace, find2, replace2, message) => {
    expect(xml).toContain(find);
    let broken = xml.replace(find, replace);
    if (find2 !== null && replace2 !== null) broken = broken.replace(`<${find2}`, replace2);
    const result = await validateManifestXml(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toContain(message);
  });
});

describe("manifest.xml resources", () => {
  const byId = resources(doc);

  it("resolves every resid to a resource of the kind its element needs", () => {
    const problems = residReferences(doc).flatMap((ref) => {
      const resource = byId.get(ref.resid);
      if (!resource) return [`${ref.where}: no resource ${ref.resid}`];
      if (resource.kind !== ref.expected)
        return [`${ref.where}: ${ref.resid} is a ${resource.kind}, needs a ${ref.expected}`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  it("uses every resource it defines", () => {
    const used = new Set(residReferences(doc).map((r) => r.resid));
    expect([...byId.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it("translates the name, the description and every label and tooltip into zh-CN", () => {
    const missing: string[] = [];
    for (const resource of byId.values()) {
      if (resource.kind !== "ShortString" && resource.kind !== "LongString") continue;
      if (UNTRANSLATED.has(resource.id)) continue;
      if (!resource.overrides.get("zh-CN")) missing.push(resource.id);
    }
    const root = doc.documentElement as Element;
    for (const name of ["DisplayName", "Description"]) {
      const element = child(root, name);
      const zh = childElements(element).find((o) => o.getAttribute("Locale") === "zh-CN");
      if (!zh?.getAttribute("Value")) missing.push(name);
    }
    expect(missing).toEqual([]);
    expect(child(root, "DisplayName").getAttribute("DefaultValue")).toBe("Customer Tiers");
  });

  it("keeps the untranslated strings untranslated", () => {
    for (const id of UNTRANSLATED.keys()) {
      expect(byId.get(id)?.overrides.size).toBe(0);
    }
  });
});

describe("manifest.xml commands and shared runtime", () => {
  const byId = resources(doc);

  it("puts Segment and Refresh in a Customer Tiers group with 16, 32 and 80 px icons", () => {
    const group = only(elementsNS(doc, NS.ov, "Group"), "ribbon group");
    expect(byId.get(residOf(child(group, "Label")))?.defaultValue).toBe("Customer Tiers");
    expect(byId.get(residOf(child(group, "Label")))?.overrides.get("zh-CN")).toBe("客户分级");
    const controls = childElements(group).filter((e) => e.localName === "Control");
    expect(controls.map((c) => c.getAttribute("id"))).toEqual([
      "CustomerTiers.Segment",
      "CustomerTiers.Refresh",
    ]);
    const labels = controls.map((c) => byId.get(residOf(child(c, "Label"))));
    expect(labels.map((l) => [l?.defaultValue, l?.overrides.get("zh-CN")])).toEqual([
      ["Segment", "分级"],
      ["Refresh", "刷新"],
    ]);
    for (const element of [group, ...controls]) {
      const sizes = childElements(child(element, "Icon")).map((image) =>
        image.getAttribute("size")
      );
      expect(sizes).toEqual(["16", "32", "80"]);
    }
  });

  it("opens the pane from Segment and runs the shared runtime's refresh from Refresh", () => {
    const segment = child(control("CustomerTiers.Segment"), "Action");
    expect(segment.getAttributeNS(NS.xsi, "type")).toBe("ShowTaskpane");
    expect(child(segment, "TaskpaneId").textContent).toBe("ButtonId1");
    expect(residOf(child(segment, "SourceLocation"))).toBe("Taskpane.Url");

    const refresh = child(control("CustomerTiers.Refresh"), "Action");
    expect(refresh.getAttributeNS(NS.xsi, "type")).toBe("ExecuteFunction");
    expect(child(refresh, "FunctionName").textContent).toBe("refresh");
  });

  it("runs the pane, the commands and the custom functions in one long-lived runtime", () => {
    const runtime = only(elementsNS(doc, NS.ov, "Runtime"), "Runtime");
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const functions = only(
      elementsNS(doc, NS.ov, "ExtensionPoint").filter(
        (e) => e.getAttributeNS(NS.xsi, "type") === "CustomFunctions"
      ),
      "CustomFunctions extension point"
    );
    // A shared runtime is one page: anything naming another URL would start a second runtime.
    const pages = [
      runtime,
      only(elementsNS(doc, NS.ov, "FunctionFile"), "FunctionFile"),
      child(child(functions, "Script"), "SourceLocation"),
      child(child(functions, "Page"), "SourceLocation"),
      child(child(control("CustomerTiers.Segment"), "Action"), "SourceLocation"),
    ].map((e) => byId.get(residOf(e))?.defaultValue);
    expect(new Set(pages)).toEqual(new Set([`${DEV_ORIGIN}taskpane.html`]));

    expect(
      byId.get(residOf(child(child(functions, "Metadata"), "SourceLocation")))?.defaultValue
    ).toBe(`${DEV_ORIGIN}functions.json`);
    expect(byId.get(residOf(child(functions, "Namespace")))?.defaultValue).toBe("TIER");
  });

  it("requires ExcelApi 1.13 (Table.resize) and SharedRuntime 1.1", () => {
    const sets = new Map(requiredSets(doc).map((s) => [s.name, s.minVersion]));
    expect(versionAtLeast(sets.get("ExcelApi") ?? "0", "1.13")).toBe(true);
    expect(versionAtLeast(sets.get("SharedRuntime") ?? "0", "1.1")).toBe(true);
    expect(sets.get("ExcelApi")).toBe("1.13");
  });
});

describe("manifest.xml URLs and the build", () => {
  let outputs: BuildOutputs;

  beforeAll(async () => {
    if (!existsSync(WEBPACK_CONFIG))
      throw new Error(`${WEBPACK_CONFIG} is missing: the build's outputs cannot be checked`);
    outputs = buildOutputs(
      await loadWebpackConfig("production", { addinUrl: DEPLOYED }),
      TO_BE_GENERATED.map((g) => g.file)
    );
  });

  it("names only URLs on the dev server", () => {
    const urls = namedUrls(doc);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.url.startsWith(DEV_ORIGIN))).toEqual([]);
  });

  it("names only files the production build emits", () => {
    const missing = namedUrls(doc)
      .map((u) => ({ ...u, file: decodeURI(new URL(u.url).pathname.slice(1)) }))
      .filter((u) => !outputs.files.has(u.file))
      .filter((u) => {
        const pending = TO_BE_GENERATED.find((g) => g.file === u.file);
        return !pending || existsSync(path.join(REPO_ROOT, pending.source));
      })
      .map((u) => `${u.where}: ${u.url}`);
    expect(missing).toEqual([]);
  });

  it.each(TO_BE_GENERATED)("emits $file once $source exists", ({ file, source }) => {
    // Explicit so the exception above cannot outlive its reason.
    expect(outputs.files.has(file) || !existsSync(path.join(REPO_ROOT, source))).toBe(true);
  });

  it("serves on the port the manifest names", () => {
    expect(outputs.devServerPort).toBe(Number(new URL(DEV_ORIGIN).port));
  });

  it("uses icon files with the pixel size the manifest declares for them", () => {
    const byId = resources(doc);
    const wrong: string[] = [];
    for (const image of elementsNS(doc, NS.bt, "Image").filter((e) => e.hasAttribute("size"))) {
      const url = byId.get(residOf(image))?.defaultValue ?? "";
      const file = path.join(REPO_ROOT, new URL(url).pathname.slice(1));
      if (!existsSync(file)) {
        wrong.push(`${url}: no such file`);
        continue;
      }
      const png = readFileSync(file);
      // PNG: 8-byte signature, then IHDR with width and height as big-endian 32-bit integers.
      const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      const size = Number(image.getAttribute("size"));
      if (width !== size || height !== size)
        wrong.push(`${url}: ${width}x${height}, declared ${size}`);
    }
    expect(wrong).toEqual([]);
  });

  it("replaces the dev server address in the manifest the production build copies", async () => {
    const config = await loadWebpackConfig("production", { addinUrl: DEPLOYED });
    const copied = copiedManifest(config);
    expect(copied).not.toContain("localhost");
    expect(namedUrls(parseManifest(copied)).every((u) => u.url.startsWith(DEPLOYED))).toBe(true);
    expect(namedUrls(parseManifest(copied)).length).toBe(namedUrls(doc).length);
  });
});

/** Runs the CopyWebpackPlugin transform that the config applies to manifest.xml. */
function copiedManifest(config: Record<string, unknown>): string {
  const plugins = Array.isArray(config.plugins) ? (config.plugins as unknown[]) : [];
  for (const plugin of plugins) {
    const patterns = (plugin as Record<string, unknown> | null)?.patterns;
    if (!Array.isArray(patterns)) continue;
    for (const pattern of patterns as Array<Record<string, unknown>>) {
      if (typeof pattern.from !== "string" || !expandFrom(pattern.from).includes("manifest.xml"))
        continue;
      const transform = pattern.transform;
      const run =
        typeof transform === "function"
          ? transform
          : (transform as Record<string, unknown> | undefined)?.transformer;
      if (typeof run !== "function") return xml;
      const out: unknown = (run as (content: Buffer, file: string) => unknown)(
        Buffer.from(xml),
        MANIFEST
      );
      return Buffer.isBuffer(out) ? out.toString("utf8") : String(out);
    }
  }
  throw new Error("webpack.config.js does not copy manifest.xml into the build");
}
