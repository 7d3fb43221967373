// The task pane: pick a section, fill its form (built from the service's definition), insert it
// at the selection. Labels and messages are zh-TW; the service does all formatting.
import {
  getSections,
  getTemplates,
  lintText,
  renderDocument,
  renderSection,
  ServiceError,
  type Diagnostic,
  type SectionDefinition,
  type SectionField,
} from "./api";
import { nextNumber } from "./numbering";
import { insertDocument, insertOoxml, readBodyText, readSelectionText, type InsertLocation } from "./word";

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const sectionSelect = byId<HTMLSelectElement>("section");
const sectionForm = byId<HTMLFormElement>("section-form");
const fieldsContainer = byId<HTMLDivElement>("fields");
const insertButton = byId<HTMLButtonElement>("insert");
const errorBox = byId<HTMLDivElement>("error");
const statusBox = byId<HTMLDivElement>("status");
const documentForm = byId<HTMLFormElement>("document-form");
const templateSelect = byId<HTMLSelectElement>("template");
const lintButton = byId<HTMLButtonElement>("lint");
const findingsList = byId<HTMLUListElement>("findings");

let sections: SectionDefinition[] = [];

function showStatus(message: string): void {
  errorBox.hidden = true;
  errorBox.replaceChildren();
  statusBox.textContent = message;
}

function describe(error: unknown): { summary: string; diagnostics: Diagnostic[] } {
  if (error instanceof ServiceError) {
    const summary = error.detail && error.diagnostics.length === 0 ? `${error.title}：${error.detail}` : error.title;
    return { summary, diagnostics: error.diagnostics };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { summary: `Word 無法完成操作 (Word could not complete the action): ${message}`, diagnostics: [] };
}

/** Shows an error inline: a summary in the alert region and each field's message beside it. */
function showError(error: unknown): void {
  const { summary, diagnostics } = describe(error);
  statusBox.textContent = "";
  const heading = document.createElement("p");
  heading.textContent = summary;
  const list = document.createElement("ul");
  for (const diagnostic of diagnostics) {
    const item = document.createElement("li");
    item.textContent = `${diagnostic.messageZh} (${diagnostic.messageEn})`;
    list.append(item);
    markField(diagnostic);
  }
  errorBox.replaceChildren(heading, ...(diagnostics.length > 0 ? [list] : []));
  errorBox.hidden = false;
  const firstInvalid = fieldsContainer.querySelector<HTMLElement>("[aria-invalid='true']");
  firstInvalid?.focus();
}

function markField(diagnostic: Diagnostic): void {
  const fieldId = diagnostic.path.startsWith("fields.") ? diagnostic.path.slice("fields.".length) : undefined;
  const input = fieldId ? fieldsContainer.querySelector<HTMLElement>(`[data-field="${CSS.escape(fieldId)}"]`) : null;
  const message = fieldId ? byId<HTMLElement>(`field-${fieldId}-error`) : null;
  if (input && message) {
    input.setAttribute("aria-invalid", "true");
    message.textContent = diagnostic.messageZh;
    message.hidden = false;
  }
}

function clearFieldErrors(): void {
  for (const input of fieldsContainer.querySelectorAll("[aria-invalid]")) {
    input.removeAttribute("aria-invalid");
  }
  for (const message of fieldsContainer.querySelectorAll<HTMLElement>(".field-error")) {
    message.textContent = "";
    message.hidden = true;
  }
}

function createInput(field: SectionField): HTMLInputElement | HTMLTextAreaElement {
  if (field.kind === "multiline") {
    const area = document.createElement("textarea");
    area.rows = 3;
    return area;
  }
  const input = document.createElement("input");
  // Dates are typed as a meeting file writes them (106年7月18日), so a plain text input.
  input.type = { text: "text", date: "text", time: "time", number: "number" }[field.kind];
  if (field.kind === "number") {
    input.inputMode = "numeric";
    if (field.minimum !== null) input.min = String(field.minimum);
    if (field.maximum !== null) input.max = String(field.maximum);
  }
  return input;
}

function buildForm(section: SectionDefinition): void {
  const rows = section.fields.map((field) => {
    const row = document.createElement("div");
    row.className = "field";
    const inputId = `field-${field.id}`;
    const label = document.createElement("label");
    label.htmlFor = inputId;
    label.textContent = field.label;
    if (field.required) {
      const mark = document.createElement("span");
      mark.className = "required";
      mark.textContent = "（必填）";
      label.append(mark);
    }
    const input = createInput(field);
    input.id = inputId;
    input.name = field.id;
    input.dataset.field = field.id;
    input.setAttribute("aria-describedby", `${inputId}-hint ${inputId}-error`);
    if (field.required) input.setAttribute("aria-required", "true");
    const hint = document.createElement("small");
    hint.id = `${inputId}-hint`;
    hint.className = "hint";
    hint.textContent = field.hint;
    const error = document.createElement("p");
    error.id = `${inputId}-error`;
    error.className = "field-error";
    error.hidden = true;
    row.append(label, input, hint, error);
    return row;
  });
  fieldsContainer.replaceChildren(...rows);
}

async function suggestNumber(section: SectionDefinition): Promise<void> {
  const input = fieldsContainer.querySelector<HTMLInputElement>("[data-field='number']");
  if (!input || section.numbering === "none") return;
  try {
    const next = nextNumber(await readBodyText(), section.numbering);
    // Top-level headings are optional: suggest them only when the document already has some.
    if (next !== undefined && (section.numbering !== "heading" || next > 1)) {
      input.value = String(next);
      input.dataset.suggested = "true";
    }
  } catch {
    // Reading the document is a convenience; the clerk can always type the number.
  }
}

async function selectSection(): Promise<void> {
  const section = sections.find((candidate) => candidate.id === sectionSelect.value);
  if (!section) return;
  buildForm(section);
  errorBox.hidden = true;
  await suggestNumber(section);
}

function collectFields(): Record<string, string> {
  const values: Record<string, string> = {};
  for (const input of fieldsContainer.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("[data-field]")) {
    if (input.value.trim() !== "") values[input.dataset.field!] = input.value;
  }
  return values;
}

async function insertSection(event: Event): Promise<void> {
  event.preventDefault();
  const section = sections.find((candidate) => candidate.id === sectionSelect.value);
  if (!section) return;
  clearFieldErrors();
  insertButton.disabled = true;
  statusBox.textContent = "產生中…";
  try {
    const location = (new FormData(sectionForm).get("location") as InsertLocation | null) ?? "Replace";
    const { ooxml } = await renderSection(section.id, collectFields());
    await insertOoxml(ooxml, location);
    showStatus(`已插入「${section.label}」。`);
    await suggestNumber(section);
  } catch (error) {
    showError(error);
  } finally {
    insertButton.disabled = false;
  }
}

async function insertWholeDocument(event: Event): Promise<void> {
  event.preventDefault();
  const data = new FormData(documentForm);
  try {
    statusBox.textContent = "產生中…";
    const { base64 } = await renderDocument(String(data.get("template") ?? ""), String(data.get("meeting") ?? ""));
    await insertDocument(base64);
    showStatus("已依會議資料產生整份會議紀錄。");
  } catch (error) {
    showError(error);
  }
}

async function lintSelection(): Promise<void> {
  try {
    const { findings } = await lintText(await readSelectionText());
    const items = findings.map((finding) => {
      const item = document.createElement("li");
      const where = finding.location ? `第 ${finding.location.line} 行第 ${finding.location.column} 字：` : "";
      item.textContent = `${where}${finding.messageZh}`;
      return item;
    });
    findingsList.replaceChildren(...items);
    showStatus(findings.length === 0 ? "選取的文字沒有發現問題。" : `發現 ${findings.length} 個問題。`);
  } catch (error) {
    showError(error);
  }
}

async function start(): Promise<void> {
  sectionForm.addEventListener("submit", (event) => void insertSection(event));
  // Enter in a one-line field submits natively; in a multiline field Ctrl+Enter submits.
  sectionForm.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && event.target instanceof HTMLTextAreaElement) {
      event.preventDefault();
      sectionForm.requestSubmit();
    }
  });
  sectionSelect.addEventListener("change", () => void selectSection());
  documentForm.addEventListener("submit", (event) => void insertWholeDocument(event));
  lintButton.addEventListener("click", () => void lintSelection());
  try {
    sections = await getSections();
    sectionSelect.replaceChildren(
      ...sections.map((section) => new Option(section.label, section.id)),
    );
    const templates = await getTemplates();
    templateSelect.replaceChildren(...templates.map((id) => new Option(id, id)));
    // The service lists no templates until its whole-meeting renderer is wired in.
    const unavailable = templates.length === 0;
    byId<HTMLButtonElement>("render-document").disabled = unavailable;
    byId<HTMLParagraphElement>("document-unavailable").hidden = !unavailable;
    await selectSection();
    document.body.dataset.ready = "true";
  } catch (error) {
    showError(error);
  }
}

Office.onReady(() => void start());
