// The two build targets: the Office build (what `npm run build` deploys and Excel loads) takes
// office.js from Microsoft's CDN and ships nothing of the preview; the preview build (`npm start`,
// the e2e tests) keeps the local copy so nothing needs the network. Checked on the configuration
// webpack.config.js gives and on the pages its templates render, without running a full build.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import HtmlWebpackPlugin from "html-webpack-plugin";
import webpack from "webpack";
import { buildOutputs, loadWebpackConfig, REPO_ROOT, WEBPACK_CONFIG } from "./buildOutputs";

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const DEPLOYED = "https://tiers.example.org/";

type Config = Record<string, unknown>;
type Template = (data: object) => string;

interface BuildRules {
  addinUrlProblem(url: string | undefined): string | null;
}
const rules = require(WEBPACK_CONFIG) as BuildRules;

function pagePlugin(config: Config, filename: string): HtmlWebpackPlugin {
  const plugins = (config.plugins as unknown[]).filter(
    (p): p is HtmlWebpackPlugin => p instanceof HtmlWebpackPlugin
  );
  const page = plugins.find((p) => p.userOptions.filename === filename);
  if (!page) throw new Error(`no page ${filename}`);
  return page;
}

/** A page as html-webpack-plugin's fallback loader renders its template (lodash templates). */
function renderedPage(config: Config, filename: string): string {
  const options = pagePlugin(config, filename).userOptions;
  const source = readFileSync(path.join(REPO_ROOT, String(options.template)), "utf8");
  const lodashAt = path.dirname(require.resolve("html-webpack-plugin/package.json"));
  const template = require(require.resolve("lodash/template", { paths: [lodashAt] })) as (
    text: string
  ) => Template;
  return template(source)({ htmlWebpackPlugin: { options } });
}

const scripts = (html: string): string[] =>
  [...html.matchAll(/<script\b[^>]*\bsrc="([^"]*)"/g)].map((m) => m[1]);

describe("the Office build (npm run build)", () => {
  let config: Config;
  beforeAll(async () => {
    config = await loadWebpackConfig("production", { addinUrl: DEPLOYED });
  });

  it("loads office.js from Microsoft's CDN in the page Excel loads, and nothing else remote", () => {
    const html = renderedPage(config, "taskpane.html");
    expect(scripts(html)).toEqual([CDN]);
    // The preview's adjustments to office.js stay out of the page Excel loads.
    expect(html).not.toContain("OsfOptOut");
    expect(html).not.toContain("office-js/");
  });

  it("loads the small ribbon script before the heavy bundle (office-js#5176, #3378)", () => {
    const page = pagePlugin(config, "taskpane.html").userOptions;
    expect(page.chunks).toEqual(["commands", "taskpane"]);
    expect(page.chunksSortMode).toBe("manual");
    expect((config.entry as Record<string, string>).commands).toBe("./src/commands/ribbon.ts");
  });

  it("ships no preview page, preview bundle or local office.js", () => {
    const files = [...buildOutputs(config).files];
    expect(files).toContain("taskpane.html");
    expect(files.filter((f) => /preview|^office-js\//.test(f))).toEqual([]);
    expect(Object.keys(config.entry as object)).not.toContain("preview");
  });

  it("refuses to build without a usable ADDIN_URL, before writing anything", async () => {
    const out = mkdtempSync(path.join(tmpdir(), "ct-build-"));
    try {
      const unset = await loadWebpackConfig("production", { addinUrl: "" });
      const compiler = webpack({
        ...unset,
        mode: "production",
        output: { ...(unset.output as object), path: out },
      } as webpack.Configuration);
      const error = await new Promise<Error | null>((resolve) =>
        compiler.run((err) => resolve(err ?? null))
      );
      expect(error?.message).toMatch(/ADDIN_URL is not set/);
      expect(readdirSync(out)).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it.each([
    [undefined, /not set/],
    ["http://tiers.example.org/", /https URL ending in "\/"/],
    ["https://tiers.example.org", /https URL ending in "\/"/],
    ["https://tiers.example.org/addin", /https URL ending in "\/"/],
    ["https://www.contoso.com/", /placeholder/],
  ])("rejects ADDIN_URL %s", (url, reason) => {
    expect(rules.addinUrlProblem(url)).toMatch(reason);
  });

  it.each(["https://tiers.example.org/", "https://cdn.example.com/tiers/v1/"])(
    "accepts ADDIN_URL %s",
    (url) => expect(rules.addinUrlProblem(url)).toBeNull()
  );
});

describe("the preview build (npm start, npm run test:e2e)", () => {
  let config: Config;
  beforeAll(async () => {
    config = await loadWebpackConfig("production", { preview: true });
  });

  it("loads the pane's office.js from its own origin, never the network", () => {
    const html = renderedPage(config, "taskpane.html");
    expect(scripts(html)).toEqual(["office-js/office.js"]);
    expect(html).toContain("OsfOptOut");
  });

  it("has the preview page and the local office.js, and needs no ADDIN_URL", () => {
    const files = buildOutputs(config).files;
    expect(files.has("preview.html")).toBe(true);
    expect(files.has("office-js/office.js")).toBe(true);
    expect(files.has("office-js/o15apptofilemappingtable.js")).toBe(true);
    const pluginNames = (config.plugins as object[]).map((p) => p.constructor.name);
    expect(pluginNames).not.toContain("RequireAddinUrl");
  });
});
