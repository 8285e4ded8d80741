// Imported before src/functions/functions.ts: the preview page has no office.js, and the
// CustomFunctions.associate calls the build appends to functions.ts need a runtime to register in.
import { installStandInRuntime } from "../../functions/runtime";

installStandInRuntime();
