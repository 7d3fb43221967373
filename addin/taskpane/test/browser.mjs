// Debian's Chromium through playwright-core (no browser download), with the tables the strict
// Office.js stand-in reads (test/word-api.mjs) put on every page before its scripts run.
import { chromium } from "playwright-core";
import { readWordApi } from "./word-api.mjs";

const wordApi = readWordApi();

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    timeout: 60_000,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}

/**
 * A fresh page the size of Word's task pane (350×700) whose document holds <paragraphs>;
 * console errors are collected in page.consoleErrors.
 */
export async function newPage(browser, { paragraphs = [], selection } = {}) {
  const context = await browser.newContext({ viewport: { width: 350, height: 700 }, locale: "zh-TW" });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.consoleErrors = [];
  page.on("console", (message) => { if (message.type() === "error") page.consoleErrors.push(message.text()); });
  page.on("pageerror", (error) => page.consoleErrors.push(String(error)));
  await page.addInitScript(({ api, paragraphs, selection }) => {
    window.__wordApi = api;
    window.__documentParagraphs = paragraphs;
    if (selection) window.__selection = selection;
  }, { api: wordApi, paragraphs, selection });
  return page;
}
