// jsdom has no TextEncoder or TextDecoder; Office's browsers and Node have them (the settings-size
// check and DuckDB's client use them). Imported first, before any module that needs them at load.
import { TextDecoder, TextEncoder } from "node:util";

Object.assign(globalThis, { TextEncoder, TextDecoder });
