#!/usr/bin/env node
// The CLI is compiled to build/ by `npm ci` (the prepare script); this shim only starts it
// (bin/loadCli.js: from the one-file bundle when the build made one).
require("./loadCli.js")
  .loadCli()
  .main(process.argv.slice(2))
  .then((code) => {
    // Kept when a late failure of stdout set it (src/cli/io.ts).
    if (code !== 0 || !process.exitCode) process.exitCode = code;
  });
