// Builds the add-in into dist/. Modelled on the Office add-in React template's config. Two targets:
// - Office (default; `npm run build`, `npm run dev-server`): the pages Excel loads, with office.js
//   from Microsoft's CDN, the only copy Microsoft supports inside Office. "If you plan to publish
//   ... from AppSource, you must use this CDN reference. Local references are only appropriate for
//   internal, development, and debugging scenarios" (learn.microsoft.com/office/dev/add-ins/
//   develop/referencing-the-javascript-api-for-office-library-from-its-cdn); the npm package "is
//   no longer officially supported" (its README; office-js#6496, #5588). No preview page, no
//   preview bundle, no exceljs. A production build needs ADDIN_URL.
// - Preview (`--env preview`: `npm start`, `npm run test:e2e`): the same pane plus the browser
//   preview, with office.js copied from node_modules so nothing needs the network.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
const officeDist = "node_modules/@microsoft/office-js/dist";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "office-js/office.js";

/** Why `url` cannot be the deployed add-in's address, or null when it can. */
function addinUrlProblem(url) {
  if (!url)
    return "ADDIN_URL is not set: set it to the site's address, e.g. https://tiers.example.com/";
  if (!/^https:\/\/[^/\s]+\/(\S*\/)?$/.test(url))
    return `ADDIN_URL must be an https URL ending in "/" (Office loads add-ins over HTTPS only): ${url}`;
  if (/contoso\.com/i.test(url)) return `ADDIN_URL is the template's placeholder: ${url}`;
  return null;
}

/** Fails `webpack --mode production` before it writes anything when ADDIN_URL is unusable. */
class RequireAddinUrl {
  constructor(problem) {
    this.problem = problem;
  }
  apply(compiler) {
    compiler.hooks.beforeRun.tap("RequireAddinUrl", () => {
      throw new Error(this.problem);
    });
  }
}

// The preview's office.js and what it loads from its own folder. Outside Office (the preview, checked in
// Chromium) that is only o15apptofilemappingtable.js. Inside Excel it also loads its host's script
// (excel-<platform>-16.0x.js), the strings of the UI language and its telemetry helper, so those
// are copied too: ~12 MB instead of the package's 86 MB (no debug builds, no other hosts).
const officeJsFiles = [
  "office.js",
  "o15apptofilemappingtable.js",
  "excel-*-16.*.js",
  "*/office_strings.js",
  "telemetry/oteljs_agave.js",
];

// The TIER.* custom functions: functions.json is generated from their JSDoc; the zh-CN metadata
// (named by the manifest's zh-CN override of Functions.Metadata.Url) is the same metadata with the
// descriptions of a translation table, because Excel reads one metadata file per locale.
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const FUNCTIONS_ZH_CN = "src/functions/functions.zh-CN.json";

/**
 * The metadata as Excel must read it. allowErrorForDataTypeAny: without it Excel never calls a
 * function one of whose `any` arguments holds an error cell and shows that error instead, so one
 * #N/A in an input range turns a whole TIER.RFM into #N/A; with it the error reaches the function,
 * which rejects that row only (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json,
 * "allowErrorForDataTypeAny"). custom-functions-metadata has no JSDoc tag for it, so it is added
 * here, for functions.json and the zh-CN file alike.
 */
function excelMetadata(metadataJson) {
  const metadata = JSON.parse(metadataJson);
  return JSON.stringify({ allowErrorForDataTypeAny: true, ...metadata }, null, 4);
}

/** Rewrites the functions.json CustomFunctionsMetadataPlugin emits with excelMetadata(). */
class ExcelMetadataOptions {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ExcelMetadataOptions", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ExcelMetadataOptions", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return;
          const json = excelMetadata(asset.source.source().toString());
          compilation.updateAsset("functions.json", new sources.RawSource(json));
        }
      );
    });
  }
}

/**
 * functions.json with every function's and parameter's description taken from `table`
 * ({ ID: { description, parameters: { name: description } } }). Ids, names and types stay as
 * generated, so formulas read the same in every language. A missing or unused entry fails the
 * build rather than shipping an English line in the Chinese metadata.
 */
function localizedMetadata(metadataJson, table, locale) {
  const metadata = JSON.parse(metadataJson);
  const problems = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(table)) if (!ids.has(id)) problems.push(`${id} is not a function`);
  for (const fn of metadata.functions) {
    const entry = table[fn.id];
    if (!entry || !entry.description) problems.push(`${fn.id}: no description`);
    else fn.description = entry.description;
    const names = new Set((fn.parameters || []).map((p) => p.name));
    for (const name of Object.keys((entry && entry.parameters) || {}))
      if (!names.has(name)) problems.push(`${fn.id}: no parameter ${name}`);
    for (const parameter of fn.parameters || []) {
      const text = entry && entry.parameters && entry.parameters[parameter.name];
      if (!text) problems.push(`${fn.id}(${parameter.name}): no description`);
      else parameter.description = text;
    }
  }
  if (problems.length > 0) throw new Error(`${locale} function metadata: ${problems.join("; ")}`);
  return JSON.stringify(metadata, null, 4);
}

async function generatedMetadata() {
  // The package the metadata plugin itself uses, so both files come from one parse of the JSDoc.
  const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
  const result = await generateCustomFunctionsMetadata(path.resolve(FUNCTIONS_SOURCE));
  if (result.errors.length > 0) throw new Error(result.errors.join("\n"));
  return result.metadataJson;
}

async function httpsOptions() {
  // Required lazily: it may install a certificate, which only sideloading into Excel needs.
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

/**
 * The Office target ships nothing of the preview: an import that drags in the preview or exceljs
 * (the preview's XLSX reader, ~1 MB) fails the build instead of reaching Excel.
 */
class NoPreviewInOffice {
  apply(compiler) {
    compiler.hooks.afterCompile.tap("NoPreviewInOffice", (compilation) => {
      for (const module of compilation.modules) {
        const file = (module.resource || "").split(path.sep).join("/");
        if (/\/node_modules\/exceljs\/|\/src\/preview\//.test(file))
          compilation.errors.push(new Error(`The Office build must not contain ${file}`));
      }
    });
  }
}

// The templates read these options (html-webpack-plugin's lodash fallback loader): `officeJs` is
// the script's URL, `preview` keeps the preview-only adjustments out of the page Excel loads.
function page(name, chunks, templateOptions = {}) {
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template: `./src/${name}/${name}.html`,
    chunks,
    ...templateOptions,
  });
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const preview = Boolean(env.preview);
  const addinUrl = env.addinUrl ?? process.env.ADDIN_URL;
  // Only a deployable build needs the site's address: dev and preview builds keep localhost.
  const urlProblem = dev || preview ? null : addinUrlProblem(addinUrl);
  const urlProd = urlProblem ? urlDev : addinUrl;
  return {
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      // First on the page, and small: associates the ribbon's actions before the heavy bundle
      // loads (src/commands/ribbon.ts; office-js#5176, #3378).
      commands: "./src/commands/ribbon.ts",
      taskpane: "./src/taskpane/index.tsx",
      ...(preview ? { preview: "./src/preview/index.tsx" } : {}),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `npm run typecheck`'s job; ES modules let webpack split chunks and
              // bundle `new Worker(new URL("./x.worker.ts", import.meta.url))`.
              transpileOnly: true,
              compilerOptions: { module: "esnext", noEmit: false, sourceMap: true },
            },
          },
        },
        // The bundled samples are imported as text: `import csv from "../../samples/x.csv"`.
        { test: /\.csv$/, type: "asset/source" },
      ],
    },
    performance: {
      // The preview bundles React, Fluent UI and the scoring core; the task pane does the same.
      maxEntrypointSize: 3_000_000,
      maxAssetSize: 3_000_000,
    },
    plugins: [
      ...(urlProblem ? [new RequireAddinUrl(urlProblem)] : []),
      ...(preview ? [] : [new NoPreviewInOffice()]),
      page("taskpane", ["commands", "taskpane"], {
        chunksSortMode: "manual",
        officeJs: preview ? OFFICE_JS_LOCAL : OFFICE_JS_CDN,
        preview,
      }),
      ...(preview ? [page("preview", ["preview"])] : []),
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: "functions.json" }),
      new ExcelMetadataOptions(),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: FUNCTIONS_ZH_CN,
            to: "functions-zh-CN.json",
            info: { minimized: true },
            async transform(content) {
              return localizedMetadata(
                excelMetadata(await generatedMetadata()),
                JSON.parse(content.toString()),
                "zh-CN"
              );
            },
          },
          // Copied as they are: `info.minimized` keeps the production minifier off them.
          {
            from: "assets/**/*",
            to: "[path][name][ext]",
            noErrorOnMissing: true,
            info: { minimized: true },
          },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            noErrorOnMissing: true,
            info: { minimized: true },
            transform(content) {
              if (dev) return content;
              return content.toString().split(urlDev).join(urlProd);
            },
          },
          ...(preview ? officeJsFiles : []).map((file) => ({
            from: file,
            context: officeDist,
            // A glob keeps its folders in [path]; a plain file path would lose them there.
            to: file.includes("*") ? "office-js/[path][name][ext]" : `office-js/${file}`,
            globOptions: { ignore: ["**/*.debug.js"] },
            info: { minimized: true },
          })),
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist"), watch: false },
      port: Number(env.port) || 3000,
      host: "localhost",
      hot: false,
      open: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      // HTTP by default so the preview works on a fresh machine; Excel itself requires HTTPS.
      server: env.https ? { type: "https", options: await httpsOptions() } : { type: "http" },
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};

// For the tests of the build's pages and its ADDIN_URL rule.
module.exports.addinUrlProblem = addinUrlProblem;
module.exports.excelMetadata = excelMetadata;
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
module.exports.OFFICE_JS_LOCAL = OFFICE_JS_LOCAL;
