// Drives the task pane in Debian's Chromium with the Office.js stand-in and prints what happened
// as one JSON line; tests/Minutes.Addin.Tests/TaskPaneBrowserTests asserts on it.
// Usage: node browser-test.mjs <service base URL> <screenshot path>
import { chromium } from "playwright-core";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [baseUrl, screenshotPath] = process.argv.slice(2);
if (!baseUrl || !screenshotPath) {
  console.error("usage: node browser-test.mjs <base URL> <screenshot path>");
  process.exit(2);
}

const userDataDir = await mkdtemp(join(tmpdir(), "minutes-addin-chromium-"));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  timeout: 60_000,
  viewport: { width: 380, height: 760 },
  locale: "zh-TW",
  args: [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
});

const result = {};
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  const consoleErrors = [];
  page.on("console", (message) => { if (message.type() === "error") consoleErrors.push(message.text()); });
  page.on("pageerror", (error) => consoleErrors.push(String(error)));
  // The document already has 案由一 and 案由二; Word separates paragraphs with \r.
  await page.addInitScript(() => {
    window.__documentText = "拾、臨時動議：\r案由一：\t曾委員文杞提案\r內容。\r決議：照辦。\r案由二：\t張委員松年提案\r內容。\r";
    window.__selectionText = "准予备查.社會處,警察局";
  });
  await page.goto(`${baseUrl}/taskpane.html`);
  await page.waitForSelector("body[data-ready='true']");
  const calls = () => page.evaluate(() => window.__calls);

  // 1. Mouse: a motion, numbered from the document.
  await page.selectOption("#section", "motion");
  await page.waitForSelector("#field-subject");
  result.suggestedMotionNumber = await page.inputValue("#field-number");
  result.motionFields = {
    number: result.suggestedMotionNumber,
    subject: "教育處工作報告校園性平教育與兒少性剝削議題不同，請教育處再行思考。",
    "proposer.name": "張松年",
    "proposer.title": "委員",
    resolution: "依委員建議事項辦理。",
  };
  await page.fill("#field-subject", result.motionFields.subject);
  await page.fill("[id='field-proposer.name']", result.motionFields["proposer.name"]);
  await page.fill("[id='field-proposer.title']", result.motionFields["proposer.title"]);
  await page.fill("#field-resolution", result.motionFields.resolution);
  await page.click("#insert");
  await page.waitForFunction(() => window.__calls.length === 1);
  result.statusAfterMotion = await page.textContent("#status");
  result.suggestedAfterInsert = await page.inputValue("#field-number");
  await page.screenshot({ path: screenshotPath, fullPage: true });

  // 2. Keyboard only: choose the chair's instructions, Tab to the text, Ctrl+Enter submits.
  await page.focus("#section");
  for (let i = 0; i < 10 && (await page.inputValue("#section")) !== "chair-instructions"; i++) {
    await page.keyboard.press("ArrowDown");
  }
  await page.waitForSelector("#field-text");
  await page.keyboard.press("Tab");
  result.focusAfterFirstTab = await page.evaluate(() => document.activeElement?.id);
  await page.keyboard.press("Tab");
  result.focusAfterSecondTab = await page.evaluate(() => document.activeElement?.id);
  result.instructionsText = "請社會處主責整合府內相關局處。";
  await page.keyboard.type(result.instructionsText);
  await page.keyboard.press("Control+Enter");
  await page.waitForFunction(() => window.__calls.length === 2);

  // 3. Keyboard only: Enter in a one-line field submits the adjournment.
  for (let i = 0; i < 10 && (await page.inputValue("#section")) !== "adjournment"; i++) {
    await page.focus("#section");
    await page.keyboard.press("ArrowDown");
  }
  await page.waitForSelector("#field-end");
  result.suggestedHeadingNumber = await page.inputValue("#field-number");
  await page.fill("#field-end", "14:30");
  await page.focus("#field-number");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.__calls.length === 3);

  // 4. A value the service refuses: the error is shown inline, nothing is inserted.
  await page.selectOption("#section", "meeting-header");
  await page.waitForSelector("#field-date");
  await page.fill("#field-agency", "宜蘭縣政府");
  await page.fill("#field-name", "測試會議");
  await page.fill("#field-date", "106年2月30日");
  await page.fill("#field-start", "13:30");
  await page.fill("#field-location", "本府第一會議室");
  await page.fill("[id='field-chair.name']", "賴錫祿");
  await page.click("#insert");
  await page.waitForSelector("#error:not([hidden])");
  result.fieldErrorAlert = await page.textContent("#error[role='alert']");
  result.dateInvalid = await page.getAttribute("#field-date", "aria-invalid");
  result.dateMessage = await page.textContent("#field-date-error");
  result.focusAfterError = await page.evaluate(() => document.activeElement?.id);

  // 5. Without a whole-meeting renderer the service lists no templates: the pane says so.
  result.documentButtonDisabled = await page.isDisabled("#render-document");
  result.documentNote = await page.isVisible("#document-unavailable") ? await page.textContent("#document-unavailable") : null;

  // 6. The convention check of the selection lists its findings.
  await page.click("#lint");
  await page.waitForSelector("#findings li");
  result.findings = await page.$$eval("#findings li", (items) => items.map((item) => item.textContent));

  result.calls = await calls();
  result.consoleErrors = consoleErrors;
} finally {
  await context.close();
  await rm(userDataDir, { recursive: true, force: true });
}
console.log(JSON.stringify(result));
