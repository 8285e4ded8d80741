#!/usr/bin/env node
// The CLI is compiled to build/ by `npm ci` (the prepare script); this shim only starts it.
require("../build/cli/main.js").main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
