// The task pane: check the open document, insert a section at the selection (forms built from
// the service's definitions), or fill the document from a meeting file. Labels and messages are
// zh-TW; the service does all formatting and checking.
import {
  getSections,
  getTemplates,
  lintParagraphs,
  lintText,
  paragraphIndex,
  renderDocument,
  renderSection,
  ServiceError,
  type Diagnostic,
  type SectionDefinition,
  type SectionField,
} from "./api";
import { ClerkError, Feedback } from "./feedback";
import { nextNumber } from "./numbering";
import { applyFix, insertDocument, insertOoxml, readParagraphs, selectParagraph, type InsertLocation } from "./word";

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const sectionSelect = byId<HTMLSelectElement>("section");
const sectionForm = byId<HTMLFormElement>("section-form");
const fieldsContainer = byId<HTMLDivElement>("fields");
const insertButton = byId<HTMLButtonElement>("insert");
const documentForm = byId<HTMLFormElement>("document-form");
const templateSelect = byId<HTMLSelectElement>("template");
const meetingFile = byId<HTMLInputElement>("meeting-file");
const meetingText = byId<HTMLTextAreaElement>("meeting");
const renderButton = byId<HTMLButtonElement>("render-document");
const confirmBox = byId<HTMLDivElement>("confirm-replace");
const checkButton = byId<HTMLButtonElement>("check");
const findingsList = byId<HTMLOListElement>("findings");

const sectionFeedback = new Feedback(byId("section-status"), byId("section-error"), sectionForm);
const documentFeedback = new Feedback(byId("document-status"), byId("document-error"), documentForm);
const checkFeedback = new Feedback(byId("check-status"), byId("check-error"), byId("check-panel"));

/** The built-in templates' names; an agency's own templates show their file name. */
const templateNames: Record<string, string> = { minutes: "會議紀錄", notice: "開會通知單", "sign-in": "簽到表" };

let sections: SectionDefinition[] = [];

// ---- inserting a section --------------------------------------------------------------

function markField(diagnostic: Diagnostic): void {
  const fieldId = diagnostic.path.startsWith("fields.") ? diagnostic.path.slice("fields.".length) : undefined;
  const input = fieldId ? fieldsContainer.querySelector<HTMLElement>(`[data-field="${CSS.escape(fieldId)}"]`) : null;
  const message = fieldId ? document.getElementById(`field-${fieldId}-error`) : null;
  if (input && message) {
    input.setAttribute("aria-invalid", "true");
    message.textContent = diagnostic.messageZh;
    message.hidden = false;
  }
}

function clearFieldErrors(): void {
  for (const input of fieldsContainer.querySelectorAll("[aria-invalid]")) input.removeAttribute("aria-invalid");
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
  // Dates are typed as a meeting file writes them (115年3月5日); the service reads them.
  input.type = { text: "text", person: "text", time: "time", date: "text", number: "number" }[field.kind];
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
    input.name = `field.${field.id}`;
    input.dataset.field = field.id;
    input.dataset.kind = field.kind;
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
    const next = nextNumber(await readParagraphs(), section.numbering);
    // Top-level headings are optional: suggest them only when the document already has some.
    if (next !== undefined && (section.numbering !== "heading" || next > 1)) {
      input.value = String(next);
      input.dataset.suggested = "true";
    }
  } catch {
    // Reading the document is a convenience; the clerk can always type the number.
  }
}

const currentSection = () => sections.find((candidate) => candidate.id === sectionSelect.value);

async function selectSection(): Promise<void> {
  const section = currentSection();
  if (!section) return;
  buildForm(section);
  sectionFeedback.clear();
  await suggestNumber(section);
}

/** The form's values for the service; blank fields are left out. */
function collectFields(): Record<string, string> {
  const values: Record<string, string> = {};
  for (const input of fieldsContainer.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("[data-field]")) {
    if (input.value.trim() !== "") values[input.dataset.field!] = input.value;
  }
  return values;
}

/** Marks each bad field beside it and moves focus to the first. */
function showFieldProblems(problems: Diagnostic[]): void {
  problems.forEach(markField);
  fieldsContainer.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
}

/** 蔣萬安市長 and its official form 蔣市長萬安 → 蔣萬安 and 市長: the title is what moved. */
function splitWritten(written: string, official: string): { name: string; title: string } | undefined {
  for (let length = 1; length < written.length - 1; length++) {
    const name = written.slice(0, written.length - length);
    const title = written.slice(written.length - length);
    for (let surname = 1; surname < name.length; surname++) {
      if (name.slice(0, surname) + title + name.slice(surname) === official) return { name, title };
    }
  }
  return undefined;
}

/**
 * A person typed without the space between name and title (蔣萬安市長) cannot be split by the
 * service and would be printed as written. The library's honorific-order rule, asked about the
 * chair line it would make, recognises the title; the pane offers 「蔣萬安 市長」.
 */
async function personProblems(): Promise<{ diagnostic: Diagnostic; value: string }[]> {
  const problems: { diagnostic: Diagnostic; value: string }[] = [];
  for (const input of fieldsContainer.querySelectorAll<HTMLInputElement>("[data-kind='person']")) {
    const written = input.value.trim();
    if (written === "" || /\s/.test(written)) continue;
    const { findings } = await lintText(`主席：${written}`);
    const replacement = findings.find((finding) => finding.ruleId === "honorific-order")?.fix?.replacement;
    const split = replacement ? splitWritten(written, replacement.slice("主席：".length)) : undefined;
    if (!replacement || !split) continue;
    const value = `${split.name} ${split.title}`;
    const label = document.querySelector(`label[for='${input.id}']`)?.firstChild?.textContent ?? input.dataset.field;
    problems.push({
      value,
      diagnostic: {
        ruleId: "honorific-order", severity: "warning", path: `fields.${input.dataset.field}`,
        messageZh: `「${label}」寫成「${written}」分不出職稱，會照原樣印出；請寫成「${value}」（全名、空格、職稱），主席列會印成「${replacement.slice("主席：".length)}」`,
        messageEn: `'${written}' does not separate name and title; write '${value}' (the chair line then reads ${replacement.slice("主席：".length)})`,
      },
    });
  }
  return problems;
}

/** Shows each person problem beside its field with a button that writes the suggested value. */
function offerPersonFixes(problems: { diagnostic: Diagnostic; value: string }[]): void {
  showFieldProblems(sectionFeedback.fail(new ServiceError(400, "請修正人名寫法 (Separate name and title)", "", problems.map((p) => p.diagnostic))));
  for (const { diagnostic, value } of problems) {
    const id = diagnostic.path.slice("fields.".length);
    const input = byId<HTMLInputElement>(`field-${id}`);
    const apply = document.createElement("button");
    apply.type = "button";
    apply.className = "fix";
    apply.textContent = `改為「${value}」`;
    apply.addEventListener("click", () => {
      input.value = value;
      input.removeAttribute("aria-invalid");
      byId(`field-${id}-error`).hidden = true;
      sectionFeedback.clear();
      input.focus();
    });
    byId(`field-${id}-error`).append(" ", apply);
  }
}

async function insertSection(event: Event): Promise<void> {
  event.preventDefault();
  const section = currentSection();
  if (!section) return;
  clearFieldErrors();
  const values = collectFields();
  insertButton.disabled = true;
  sectionFeedback.busy("產生中…");
  try {
    const people = await personProblems();
    if (people.length > 0) {
      offerPersonFixes(people);
      return;
    }
    const location = (new FormData(sectionForm).get("insert-location") ?? "Replace") as InsertLocation;
    const { ooxml } = await renderSection(section.id, values);
    await insertOoxml(ooxml, location);
    buildForm(section);
    sectionFeedback.done(`已插入「${section.label}」。`);
    await suggestNumber(section);
  } catch (error) {
    showFieldProblems(sectionFeedback.fail(error));
  } finally {
    insertButton.disabled = false;
  }
}

// ---- a whole document from a meeting file -----------------------------------------------

let pendingDocument: string | undefined;

async function meetingData(): Promise<string> {
  const file = meetingFile.files?.[0];
  if (!file) return meetingText.value;
  try {
    // Read strictly: a Big5 file (old Notepad in a zh-TW locale) would otherwise arrive as mojibake.
    return new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw new ClerkError(`「${file.name}」不是 UTF-8 編碼（可能是 Big5），請用記事本另存新檔並選 UTF-8 編碼 (the file is not UTF-8, perhaps Big5: save it as UTF-8)`);
  }
}

async function renderWholeDocument(event: Event): Promise<void> {
  event.preventDefault();
  confirmBox.hidden = true;
  let meeting: string;
  try {
    meeting = await meetingData();
  } catch (error) {
    documentFeedback.fail(error);
    return;
  }
  if (meeting.trim() === "") {
    documentFeedback.fail(new ClerkError("請先開啟會議檔，或貼上會議資料 (Open a meeting file or paste the meeting first)"));
    return;
  }
  renderButton.disabled = true;
  documentFeedback.busy("產生中…");
  try {
    const { base64 } = await renderDocument(templateSelect.value, meeting);
    const existing = (await readParagraphs()).filter((text) => text.trim() !== "").length;
    pendingDocument = base64;
    if (existing === 0) {
      await replaceDocument();
      return;
    }
    documentFeedback.clear();
    byId("confirm-text").textContent =
      `文件已有 ${existing} 段內容，產生的${templateNames[templateSelect.value] ?? "文件"}會取代全部內容。要取代嗎？（可用 Word 的「復原」還原）`;
    confirmBox.hidden = false;
    byId<HTMLButtonElement>("confirm-no").focus();
  } catch (error) {
    documentFeedback.fail(error);
  } finally {
    renderButton.disabled = false;
  }
}

async function replaceDocument(): Promise<void> {
  confirmBox.hidden = true;
  const base64 = pendingDocument;
  pendingDocument = undefined;
  if (!base64) return;
  const kind = templateNames[templateSelect.value] ?? "文件";
  try {
    await insertDocument(base64);
    documentForm.reset();
    byId("meeting-file-name").textContent = "";
    documentFeedback.done(`已產生${kind}，取代了文件內容。`);
  } catch (error) {
    documentFeedback.fail(error);
  }
}

function cancelReplace(): void {
  confirmBox.hidden = true;
  pendingDocument = undefined;
  documentFeedback.done("已取消，文件未變更。");
  renderButton.focus();
}

// ---- checking the open document ---------------------------------------------------------

let checkedParagraphs: string[] = [];

function findingItem(index: number, findings: Diagnostic[]): HTMLLIElement {
  const item = document.createElement("li");
  const text = checkedParagraphs[index];
  const select = document.createElement("button");
  select.type = "button";
  select.className = "link";
  select.dataset.paragraph = String(index);
  select.textContent = `第 ${index + 1} 段：${text.length > 24 ? text.slice(0, 24) + "…" : text}`;
  select.addEventListener("click", () => void goToParagraph(index));
  const list = document.createElement("ul");
  for (const finding of findings) {
    const line = document.createElement("li");
    line.textContent = finding.messageZh;
    line.title = finding.messageEn;
    if (finding.fix) {
      const fix = finding.fix;
      const apply = document.createElement("button");
      apply.type = "button";
      apply.className = "fix";
      apply.textContent = "修正";
      apply.setAttribute("aria-label", `修正第 ${index + 1} 段：改為「${fix.replacement}」`);
      apply.addEventListener("click", () => void fixParagraph(index, fix.replacement));
      line.append(" ", apply);
    }
    list.append(line);
  }
  item.append(select, list);
  return item;
}

async function checkDocument(): Promise<void> {
  checkButton.disabled = true;
  checkFeedback.busy("檢查中…");
  try {
    checkedParagraphs = await readParagraphs();
    const { findings } = await lintParagraphs(checkedParagraphs);
    const byParagraph = new Map<number, Diagnostic[]>();
    for (const finding of findings) {
      const index = paragraphIndex(finding);
      if (index !== undefined) byParagraph.set(index, [...(byParagraph.get(index) ?? []), finding]);
    }
    findingsList.replaceChildren(...[...byParagraph].sort(([a], [b]) => a - b).map(([index, list]) => findingItem(index, list)));
    checkFeedback.done(findings.length === 0
      ? `已檢查 ${checkedParagraphs.length} 段，沒有發現問題。`
      : `已檢查 ${checkedParagraphs.length} 段，${byParagraph.size} 段有 ${findings.length} 個問題。`);
  } catch (error) {
    findingsList.replaceChildren();
    checkFeedback.fail(error);
  } finally {
    checkButton.disabled = false;
  }
}

async function goToParagraph(index: number): Promise<void> {
  try {
    await selectParagraph(index, checkedParagraphs[index]);
  } catch (error) {
    checkFeedback.fail(error);
  }
}

async function fixParagraph(index: number, replacement: string): Promise<void> {
  try {
    await applyFix(index, checkedParagraphs[index], replacement);
    await checkDocument();
    checkFeedback.done(`已修正第 ${index + 1} 段。${byId("check-status").textContent}`);
  } catch (error) {
    checkFeedback.fail(error);
  }
}

// ---- start -------------------------------------------------------------------------

function showStartupProblem(message: string): void {
  byId("loading").hidden = true;
  byId("app").hidden = true;
  byId("startup-message").textContent = message;
  byId("startup").hidden = false;
  document.body.dataset.ready = "failed";
}

async function load(): Promise<void> {
  byId("startup").hidden = true;
  byId("loading").hidden = false;
  try {
    sections = await getSections();
    const templates = await getTemplates();
    sectionSelect.replaceChildren(...sections.map((section) => new Option(section.label, section.id)));
    templateSelect.replaceChildren(...templates.map((id) => new Option(templateNames[id] ?? id, id)));
    const unavailable = templates.length === 0;
    renderButton.disabled = unavailable;
    byId("document-unavailable").hidden = !unavailable;
    await selectSection();
    byId("loading").hidden = true;
    byId("app").hidden = false;
    document.body.dataset.ready = "true";
  } catch {
    showStartupProblem("無法連線到會議紀錄服務，請確認網路連線後按「重試」；一再發生時請通知管理者。(The minutes service cannot be reached: check the connection and retry.)");
  }
}

function wire(): void {
  sectionForm.addEventListener("submit", (event) => void insertSection(event));
  // Enter in a one-line field submits natively; in a multiline field Ctrl+Enter submits.
  sectionForm.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && event.target instanceof HTMLTextAreaElement) {
      event.preventDefault();
      sectionForm.requestSubmit();
    }
  });
  sectionSelect.addEventListener("change", () => void selectSection());
  documentForm.addEventListener("submit", (event) => void renderWholeDocument(event));
  meetingFile.addEventListener("change", () => {
    const file = meetingFile.files?.[0];
    byId("meeting-file-name").textContent = file ? `已選擇：${file.name}` : "";
  });
  byId("confirm-yes").addEventListener("click", () => void replaceDocument());
  byId("confirm-no").addEventListener("click", cancelReplace);
  checkButton.addEventListener("click", () => void checkDocument());
}

function start(): void {
  byId("retry").addEventListener("click", () => {
    // Office.js that failed to load comes back only with a new page.
    if (typeof Office === "undefined") location.reload();
    else void load();
  });
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    showStartupProblem("無法載入 Microsoft Office.js，請資訊單位開放連線到 appsforoffice.microsoft.com 後按「重試」。(Office.js could not be loaded: allow appsforoffice.microsoft.com.)");
    return;
  }
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Word) {
      showStartupProblem("請在 Word 中開啟此工作窗格。(Open this task pane from Word.)");
      return;
    }
    wire();
    void load();
  });
}

start();
