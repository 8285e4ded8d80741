// What `npm run build` puts in dist/, read from webpack.config.js without running webpack: the
// HtmlWebpackPlugin pages and the files CopyWebpackPlugin copies. The manifest test checks every
// URL the manifest names against this list, so a renamed page or icon fails here and not in Excel.
import { existsSync, readdirSync, statSync } from "fs";
import * as path from "path";
import HtmlWebpackPlugin from "html-webpack-plugin";
import CopyPlugin from "copy-webpack-plugin";

export const REPO_ROOT = path.resolve(__dirname, "../..");
export const WEBPACK_CONFIG = path.join(REPO_ROOT, "webpack.config.js");

export interface BuildOutputs {
  /** Paths relative to dist/, with forward slashes: "taskpane.html", "assets/icon-16.png". */
  files: Set<string>;
  devServerPort: number | undefined;
  /** Every plugin's constructor name, for messages. */
  pluginNames: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** webpack.config.js exports a function of (env, argv), maybe async, like the Office templates. */
export async function loadWebpackConfig(
  mode: "production" | "development",
  env: Record<string, unknown> = {}
): Promise<Record<string, unknown>> {
  const loaded: unknown = await import(WEBPACK_CONFIG);
  const exported = isRecord(loaded) && "default" in loaded ? loaded.default : loaded;
  const config: unknown =
    typeof exported === "function"
      ? await (exported as (env: object, argv: object) => unknown)(env, { mode })
      : exported;
  if (!isRecord(config))
    throw new Error("webpack.config.js did not produce a configuration object");
  return config;
}

function globToRegExp(glob: string): RegExp {
  let source = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (glob.startsWith("**/", i)) {
      source += "(?:.*/)?";
      i += 2;
    } else if (c === "*") {
      source += "[^/]*";
    } else if (c === "?") {
      source += "[^/]";
    } else {
      source += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
    }
  }
  return new RegExp(`^${source}$`);
}

function listFiles(dir: string, recursive: boolean, prefix = ""): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const relative = prefix ? `${prefix}/${name}` : name;
    if (statSync(full).isDirectory()) {
      if (recursive) files.push(...listFiles(full, true, relative));
    } else {
      files.push(relative);
    }
  }
  return files;
}

/**
 * The files a CopyWebpackPlugin `from` matches, relative to the repository. Only the glob forms
 * the config uses are supported (`*`, `?`, `**` + `/`); anything else fails loudly rather than
 * matching nothing.
 */
export function expandFrom(from: string, root = REPO_ROOT): string[] {
  if (/[[\]{}!()]/.test(from))
    throw new Error(`unsupported glob in CopyWebpackPlugin pattern: ${from}`);
  if (!/[*?]/.test(from)) return existsSync(path.join(root, from)) ? [from] : [];
  const segments = from.split("/");
  const firstGlob = segments.findIndex((s) => /[*?]/.test(s));
  const base = segments.slice(0, firstGlob).join("/");
  const recursive = from.includes("**");
  const matcher = globToRegExp(from);
  return listFiles(path.join(root, base), recursive, base).filter((file) => matcher.test(file));
}

/** Where one copied file lands, for the `to` forms copy-webpack-plugin documents. */
export function copyTarget(file: string, to: string | undefined): string {
  const parsed = path.posix.parse(file);
  if (to === undefined || to === "") return parsed.base;
  if (to.includes("[")) {
    const expanded = to
      .replace("[path]", parsed.dir ? `${parsed.dir}/` : "")
      .replace("[name]", parsed.name)
      .replace("[ext]", parsed.ext);
    if (expanded.includes("["))
      throw new Error(`unsupported template in CopyWebpackPlugin 'to': ${to}`);
    return expanded;
  }
  return to.endsWith("/") ? `${to}${parsed.base}` : to;
}

function copiedFiles(plugin: CopyPlugin): string[] {
  // `patterns` is private in the plugin's typings; it is the constructor's `patterns` option.
  const patterns: unknown = (plugin as unknown as Record<string, unknown>).patterns;
  if (!Array.isArray(patterns)) throw new Error("CopyWebpackPlugin without a patterns array");
  const files: string[] = [];
  for (const pattern of patterns as unknown[]) {
    const from =
      typeof pattern === "string" ? pattern : isRecord(pattern) ? pattern.from : undefined;
    const to = isRecord(pattern) ? pattern.to : undefined;
    const context = isRecord(pattern) ? (pattern.context ?? "") : "";
    if (
      typeof from !== "string" ||
      typeof context !== "string" ||
      (to !== undefined && typeof to !== "string")
    ) {
      throw new Error(`unsupported CopyWebpackPlugin pattern: ${JSON.stringify(pattern)}`);
    }
    // `from` is relative to `context` when one is given, and so is [path] in `to`.
    const base = context ? `${context.replace(/\/$/, "")}/` : "";
    for (const file of expandFrom(base + from)) files.push(copyTarget(file.slice(base.length), to));
  }
  return files;
}

/**
 * A plugin that emits `name` itself, such as the custom functions metadata plugin
 * (`new CustomFunctionsMetadataPlugin({ output: "functions.json", ... })`): recognised by an
 * option whose value is that file name.
 */
function emitsFile(plugin: unknown, name: string): boolean {
  if (!isRecord(plugin)) return false;
  const options = isRecord(plugin.options) ? Object.values(plugin.options) : [];
  return [...Object.values(plugin), ...options].some((value) => value === name);
}

export function buildOutputs(
  config: Record<string, unknown>,
  alsoEmitted: string[] = []
): BuildOutputs {
  const plugins = Array.isArray(config.plugins) ? (config.plugins as unknown[]) : [];
  const files = new Set<string>();
  for (const plugin of plugins) {
    if (plugin instanceof HtmlWebpackPlugin) {
      const filename = plugin.options?.filename ?? plugin.userOptions.filename;
      if (typeof filename !== "string")
        throw new Error("HtmlWebpackPlugin with a computed filename");
      files.add(filename);
    } else if (plugin instanceof CopyPlugin) {
      for (const file of copiedFiles(plugin)) files.add(file);
    }
    for (const name of alsoEmitted) if (emitsFile(plugin, name)) files.add(name);
  }
  const devServer = isRecord(config.devServer) ? config.devServer : {};
  return {
    files,
    devServerPort: typeof devServer.port === "number" ? devServer.port : undefined,
    pluginNames: plugins.map((p) => (isRecord(p) ? p.constructor.name : typeof p)),
  };
}
