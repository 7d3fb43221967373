// Drives the task pane in Debian's Chromium at Word's task pane size (350×700) with the strict
// Office.js stand-in and prints what happened as one JSON line;
// tests/Minutes.Addin.Tests/TaskPaneBrowserTests asserts on it.
// Usage: node browser-test.mjs <service base URL> <screenshot folder> <meeting file>
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { launch, newPage } from "./browser.mjs";

const [baseUrl, screenshots, meetingFile] = process.argv.slice(2);
if (!baseUrl || !screenshots || !meetingFile) {
  console.error("usage: node browser-test.mjs <base URL> <screenshot folder> <meeting file>");
  process.exit(2);
}

// A value of each field kind that the service accepts.
const sample = {
  text: "本府第一會議室",
  // Also a list of people (紀錄, 附議人), one a line.
  multiline: "賴錫祿 秘書長\n黃淑鈴 委員",
  person: "賴錫祿 秘書長",
  time: "14:30",
  date: "115年3月5日",
  number: "2",
};

const sections = await (await fetch(`${baseUrl}/api/sections`)).json();
const browser = await launch();
const result = {};

async function open(page) {
  await page.goto(`${baseUrl}/taskpane.html`);
  await page.waitForSelector("body[data-ready]");
  return page;
}

const office = (page) => page.evaluate(() => ({ calls: window.__calls, rejected: window.__rejected, texts: window.__documentTexts() }));

try {
  // 1. Every section kind at each insert location, numbered from the document.
  {
    const page = await open(await newPage(browser, { paragraphs: ["宜蘭縣政府會議紀錄"] }));
    const requests = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/sections/") && request.method() === "POST") requests.push({ url: new URL(request.url()).pathname, body: request.postData() });
    });
    result.inserts = [];
    for (const section of sections) {
      for (const location of ["Replace", "After"]) {
        await page.selectOption("#section", section.id);
        await page.waitForSelector(`#fields [data-field='${section.fields[0].id}']`);
        for (const field of section.fields) {
          if (field.id === "number" && (await page.inputValue("#field-number")) !== "") continue;
          await page.fill(`[id='field-${field.id}']`, field.id === "location" ? "本府第一會議室" : sample[field.kind]);
        }
        await page.check(`input[name='insert-location'][value='${location}']`);
        const before = (await office(page)).calls.length;
        await page.click("#insert");
        await page.waitForFunction((n) => window.__calls.length > n || !document.querySelector("#section-error").hidden, before);
        const leftOver = await page.$$eval("#fields [data-field]", (inputs) => inputs.filter((i) => i.dataset.field !== "number" && i.value !== "").map((i) => i.id));
        result.inserts.push({
          section: section.id,
          location,
          status: await page.textContent("#section-status"),
          error: await page.isVisible("#section-error") ? await page.textContent("#section-error") : null,
          fieldsLeftFilled: leftOver,
        });
      }
    }
    await page.screenshot({ path: join(screenshots, "taskpane.png") });
    const state = await office(page);
    result.insertCalls = state.calls.map((call) => ({ method: call.method, location: call.location, ooxml: call.ooxml }));
    result.insertRequests = requests;
    result.rejectedAfterInserts = state.rejected;
    result.insertApiUsed = await page.evaluate(() => window.__apiUsed);
    result.insertConsoleErrors = page.consoleErrors;
  }

  // 1b. Keyboard only: arrow keys choose the section, Tab reaches the fields, Ctrl+Enter inserts
  //     from a multi-line field and Enter from a one-line field; the status is read out.
  {
    const page = await open(await newPage(browser));
    await page.focus("#section");
    for (let i = 0; i < 10 && (await page.inputValue("#section")) !== "chair-instructions"; i++) await page.keyboard.press("ArrowDown");
    await page.waitForSelector("#field-text");
    await page.keyboard.press("Tab");
    const firstTab = await page.evaluate(() => document.activeElement?.id);
    await page.keyboard.type("3");
    await page.keyboard.press("Tab");
    const secondTab = await page.evaluate(() => document.activeElement?.id);
    await page.keyboard.press("Tab");
    const thirdTab = await page.evaluate(() => document.activeElement?.id);
    await page.keyboard.type("請社會處主責整合府內相關局處。");
    await page.keyboard.press("Control+Enter");
    await page.waitForFunction(() => window.__calls.length === 1);
    for (let i = 0; i < 10 && (await page.inputValue("#section")) !== "adjournment"; i++) {
      await page.focus("#section");
      await page.keyboard.press("ArrowDown");
    }
    await page.waitForSelector("#field-end");
    const suggestedAfterInsert = await page.inputValue("#field-number");
    await page.fill("#field-end", "14:30");
    await page.focus("#field-end");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.__calls.length === 2);
    result.keyboard = {
      firstTab,
      secondTab,
      thirdTab,
      suggestedAfterInsert,
      texts: (await office(page)).texts,
      statusRole: await page.getAttribute("#section-status", "role"),
      statusLive: await page.getAttribute("#section-status", "aria-live"),
      errorRole: await page.getAttribute("#section-error", "role"),
    };
  }

  // 2. Number suggestions skip the lists under 說明 and 主席裁示.
  {
    const page = await open(await newPage(browser, {
      paragraphs: [
        "壹、報告事項", "一、社會處工作報告：", "說明：", "一、辦理兒少保護宣導。", "二、辦理親職教育。", "三、辦理社區訪視。",
        "決定：准予備查。", "二、警察局工作報告：", "決定：准予備查。", "貳、主席裁示：", "一、請社會處主責整合。",
        "二、請各局處配合。", "三、下次會議提出報告。", "四、其餘照案通過。",
      ],
    }));
    await page.selectOption("#section", "report");
    await page.waitForSelector("#field-title");
    result.suggestedReportNumber = await page.inputValue("#field-number");
    await page.selectOption("#section", "chair-instructions");
    await page.waitForSelector("#field-text");
    result.suggestedHeadingNumber = await page.inputValue("#field-number");
  }

  // 3. 民國 dates: a date the service cannot read is marked beside the field; nothing is inserted.
  {
    const page = await open(await newPage(browser));
    await page.selectOption("#section", "meeting-header");
    await page.waitForSelector("#field-chair");
    result.dateHint = await page.textContent("#field-date-hint");
    await page.fill("#field-agency", "宜蘭縣政府");
    await page.fill("#field-name", "測試會議");
    await page.fill("#field-date", "115年2月30日");
    await page.fill("#field-start", "14:30");
    await page.fill("#field-location", "本府第一會議室");
    await page.fill("#field-chair", "賴錫祿 秘書長");
    await page.click("#insert");
    await page.waitForSelector("#section-error:not([hidden])");
    result.badDate = {
      alert: await page.textContent("#section-error"),
      invalid: await page.getAttribute("#field-date", "aria-invalid"),
      focus: await page.evaluate(() => document.activeElement?.id),
      calls: (await office(page)).calls.length,
    };
    // The error leaves when the clerk turns to another form.
    await page.focus("#template");
    result.badDate.errorAfterOtherForm = await page.isVisible("#section-error");

    // A chair written 蔣萬安市長 is flagged beside the field, with the fix offered.
    await page.fill("#field-date", "115年3月5日");
    await page.fill("#field-chair", "蔣萬安市長");
    await page.click("#insert");
    await page.waitForSelector("#field-chair-error:not([hidden]) button.fix");
    result.chair = {
      message: await page.textContent("#field-chair-error"),
      invalid: await page.getAttribute("#field-chair", "aria-invalid"),
      fixLabel: await page.textContent("#field-chair-error button.fix"),
      callsWhileFlagged: (await office(page)).calls.length,
    };
    await page.click("#field-chair-error button.fix");
    result.chair.valueAfterFix = await page.inputValue("#field-chair");
    await page.click("#insert");
    await page.waitForFunction(() => window.__calls.length === 1);
    result.chair.inserted = (await office(page)).calls[0].ooxml;
  }

  // 4. Check the open document: 200 paragraphs, click a finding, apply its fix.
  {
    const paragraphs = Array.from({ length: 200 }, (_, i) => `${i + 1}、本案辦理情形良好，准予備查。`);
    paragraphs[36] = "准予备查.社會處,警察局配合辦理";
    paragraphs[120] = "本案於2017年7月18日召開會議。";
    paragraphs[187] = "會議記錄已送各委員。";
    paragraphs[3] = "主席：蔣萬安市長\t紀錄：鄭蕙萱";
    const page = await open(await newPage(browser, { paragraphs }));
    await page.click("#check");
    await page.waitForSelector("#findings > li");
    result.check = {
      status: await page.textContent("#check-status"),
      paragraphsListed: await page.$$eval("#findings > li > button.link", (buttons) => buttons.map((b) => Number(b.dataset.paragraph))),
      findings: await page.$$eval("#findings > li li", (items) => items.map((i) => i.textContent)),
    };
    await page.screenshot({ path: join(screenshots, "taskpane-check.png") });
    await page.click("#findings button.link[data-paragraph='36']");
    await page.waitForFunction(() => window.__calls.some((c) => c.method === "select"));
    result.check.selected = (await office(page)).calls.find((c) => c.method === "select");
    const before = (await office(page)).texts[36];
    await page.click("#findings > li:has(button.link[data-paragraph='36']) button.fix");
    await page.waitForFunction(() => /已修正/.test(document.querySelector("#check-status").textContent));
    const after = await office(page);
    result.check.fix = {
      before,
      after: after.texts[36],
      calls: after.calls.filter((c) => c.method !== "select"),
      status: await page.textContent("#check-status"),
      stillListed: await page.$$eval("#findings > li > button.link", (buttons) => buttons.map((b) => Number(b.dataset.paragraph))),
      paragraphCount: after.texts.length,
    };
    result.check.rejected = after.rejected;
    result.apiUsed = Object.assign(result.insertApiUsed, await page.evaluate(() => window.__apiUsed));
    delete result.insertApiUsed;
  }

  // 5. A whole document from a meeting file: a located error for a bad file, a confirmation
  //    before anything is replaced, cancel leaves the document alone.
  {
    const page = await open(await newPage(browser, { paragraphs: ["舊的內容"] }));
    result.templateNames = await page.$$eval("#template option", (options) => options.map((o) => o.textContent));
    await page.setInputFiles("#meeting-file", { name: "壞的.yaml", mimeType: "text/yaml", buffer: Buffer.from("agency: 宜蘭縣政府\nname: [未關閉\n") });
    await page.click("#render-document");
    await page.waitForSelector("#document-error:not([hidden])");
    result.badMeeting = await page.textContent("#document-error");
    // 「宜蘭縣政府」 in Big5, as old Notepad saves it.
    await page.setInputFiles("#meeting-file", { name: "舊檔.yaml", mimeType: "text/yaml", buffer: Buffer.from([0x61, 0x67, 0x65, 0x6e, 0x63, 0x79, 0x3a, 0x20, 0xa9, 0x79, 0xc4, 0xf5, 0xbf, 0xa4, 0xac, 0x46, 0xa9, 0xb2, 0x0a]) });
    await page.click("#render-document");
    await page.waitForFunction(() => document.querySelector("#document-error").textContent.includes("UTF-8"));
    result.big5Meeting = await page.textContent("#document-error");
    await page.setInputFiles("#meeting-file", { name: "會議.yaml", mimeType: "text/yaml", buffer: await readFile(meetingFile) });
    await page.click("#render-document");
    await page.waitForSelector("#confirm-replace:not([hidden])");
    result.confirmText = await page.textContent("#confirm-text");
    result.callsBeforeConfirm = (await office(page)).calls.length;
    await page.click("#confirm-no");
    result.cancelStatus = await page.textContent("#document-status");
    await page.click("#render-document");
    await page.waitForSelector("#confirm-replace:not([hidden])");
    await page.click("#confirm-yes");
    await page.waitForFunction(() => window.__calls.length > 0);
    const state = await office(page);
    result.documentCall = { method: state.calls[0].method, location: state.calls[0].location, base64Length: state.calls[0].base64.length };
    result.documentStatus = await page.textContent("#document-status");
    result.documentRejected = state.rejected;
    Object.assign(result.apiUsed, await page.evaluate(() => window.__apiUsed));
  }

  // 6. The service unreachable at start: a clear message and a retry, no live buttons.
  {
    const page = await newPage(browser);
    await page.route("**/api/**", (route) => route.abort());
    await open(page);
    result.serviceDown = {
      ready: await page.getAttribute("body", "data-ready"),
      message: await page.textContent("#startup-message"),
      appVisible: await page.isVisible("#app"),
      retryVisible: await page.isVisible("#retry"),
    };
    await page.screenshot({ path: join(screenshots, "taskpane-offline.png") });
    await page.unroute("**/api/**");
    await page.click("#retry");
    await page.waitForSelector("body[data-ready='true']");
    result.serviceDown.afterRetry = { appVisible: await page.isVisible("#app"), sections: await page.$$eval("#section option", (o) => o.length) };
  }

  // 7. The service going away mid-use: the error is shown beside the insert button.
  {
    const page = await open(await newPage(browser));
    await page.selectOption("#section", "adjournment");
    await page.fill("#field-number", "2");
    await page.fill("#field-end", "14:30");
    await page.route("**/api/**", (route) => route.abort());
    await page.click("#insert");
    await page.waitForSelector("#section-error:not([hidden])");
    result.serviceLost = await page.textContent("#section-error");
  }

  // 8. Office.js blocked: a message and a retry instead of a blank pane.
  {
    const page = await newPage(browser);
    await page.route("**/office-stub.js", (route) => route.abort());
    await open(page);
    result.officeBlocked = {
      ready: await page.getAttribute("body", "data-ready"),
      message: await page.textContent("#startup-message"),
      retryVisible: await page.isVisible("#retry"),
    };
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
