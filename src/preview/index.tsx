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

const workbook = new InMemoryWorkbook();
const languages = new LanguageStore(languageOf(navigator.language));
// Set before the pane's iframe exists: the pane looks for it as soon as Office.onReady fires.
window.tierPreviewHost = previewHost(workbook, languages);
const ready = loadSample(workbook);
window.tierPreview = previewHook(workbook, languages, ready);

createRoot(document.getElementById("root") as HTMLElement).render(
  <App workbook={workbook} languages={languages} ready={ready} />
);
