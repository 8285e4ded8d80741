#!/usr/bin/env node
// `npm start`: builds the pane, the commands and the preview in memory and serves them over plain
// HTTP on localhost (no certificate, no browser opened), then prints the preview's URL. Port 3000,
// or the next free one when 3000 is taken.
//   node scripts/serve-preview.js [--port 3000] [--mode development|production]
const net = require("net");
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const makeConfig = require("../webpack.config.js");

const HOST = "localhost";
const PORTS_TO_TRY = 20;

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** Resolves when nothing listens on the port (checked by listening on it ourselves). */
function isFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port, HOST);
  });
}

async function freePort(first) {
  for (let port = first; port < first + PORTS_TO_TRY; port++) {
    if (await isFree(port)) return port;
    console.log(`Port ${port} is in use; trying ${port + 1}.`);
  }
  throw new Error(`No free port between ${first} and ${first + PORTS_TO_TRY - 1}: pass --port N.`);
}

function banner(url) {
  const line = "-".repeat(url.length + 10);
  return `\n${line}\n  Preview: ${url}\n${line}\n  (Ctrl+C stops the server)\n`;
}

async function main() {
  const mode = option("mode", "development");
  const port = await freePort(Number(option("port", "3000")));
  // The preview target: the preview page and office.js from node_modules (no network).
  const config = await makeConfig({ port, preview: true }, { mode });
  const compiler = webpack({ ...config, mode, stats: "errors-warnings" });
  const url = `http://${HOST}:${port}/preview.html`;
  compiler.hooks.done.tap("print-preview-url", (stats) => {
    if (stats.hasErrors()) console.error("The build has errors (above); the preview may not work.");
    else console.log(banner(url));
  });
  const server = new WebpackDevServer(
    { ...config.devServer, port, host: HOST, open: false, server: { type: "http" } },
    compiler
  );
  const stop = () => server.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  console.log(`Building the add-in and the preview (${mode})...`);
  await server.start();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
