// The browser preview's entry: an in-memory workbook preloaded with the bundled sample, offered to
// the task pane in the iframe (window.tierPreviewHost) and to tests (window.tierPreview).
import { createRoot } from "react-dom/client";
import { InMemoryWorkbook } from "../excelDouble";
import { languageOf } from "../taskpane/excelHost";
import { App } from "./App";
import { LanguageStore } from "./languageStore";
import { previewHook } from "./previewHook";
import { previewHost } from "./previewHost";
import { loadSample } from "./samples";
import { enableTierFormulas } from "./formulas/tierFormulas";

// hostTasks: the workbook's own work runs in tasks of its own, as Excel's runs in its process.
const workbook = new InMemoryWorkbook({ hostTasks: true });
const languages = new LanguageStore(languageOf(navigator.language));
// Set before the pane's iframe exists: the pane looks for it as soon as Office.onReady fires.
window.tierPreviewHost = previewHost(workbook, languages);
// =TIER.* formulas typed into the grid are evaluated by the same functions Excel calls.
const ready = Promise.all([loadSample(workbook), enableTierFormulas(workbook, languages)]).then(
  () => undefined
);
window.tierPreview = previewHook(workbook, languages, ready);

createRoot(document.getElementById("root") as HTMLElement).render(
  <App workbook={workbook} languages={languages} ready={ready} />
);
