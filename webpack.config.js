// Builds the task pane (which also runs the ribbon commands) and the browser preview into dist/. Modelled on the
// Office add-in React template's config, with office.js copied from node_modules (never a CDN).
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
const urlProd = process.env.ADDIN_URL || "https://www.contoso.com/";
const officeDist = "node_modules/@microsoft/office-js/dist";

// office.js and what it loads from its own folder. Outside Office (the preview, checked in
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

function page(name, chunks) {
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template: `./src/${name}/${name}.html`,
    chunks,
  });
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  return {
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/index.tsx",
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
      page("taskpane", ["taskpane"]),
      page("preview", ["preview"]),
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: "functions.json" }),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: FUNCTIONS_ZH_CN,
            to: "functions-zh-CN.json",
            info: { minimized: true },
            async transform(content) {
              return localizedMetadata(
                await generatedMetadata(),
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
          ...officeJsFiles.map((file) => ({
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
