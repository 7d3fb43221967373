// Tests the Office.js stand-in itself: each case is a use of the Word API that Word refuses (or,
// as a control, accepts). Prints one JSON line: { typingsVersion, cases: { name: { rejected,
// code, message } } }; tests/Minutes.Addin.Tests/OfficeStubTests asserts on it.
// Usage: node office-stub-test.mjs
import { fileURLToPath } from "node:url";
import { launch, newPage } from "./browser.mjs";
import { readWordApi } from "./word-api.mjs";

const ooxml = '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml"><pkg:xmlData><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>新段落</w:t></w:r></w:p></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>';

const browser = await launch();
const result = { typingsVersion: readWordApi().version, cases: {} };
try {
  const page = await newPage(browser, { paragraphs: ["壹、報告事項", "一、工作報告。"] });
  await page.goto("about:blank");
  await page.addScriptTag({ path: fileURLToPath(new URL("./office-stub.js", import.meta.url)) });
  result.cases = await page.evaluate(async (ooxml) => {
    const outcome = async (batch) => {
      try {
        const value = await batch();
        return { rejected: false, value: value ?? null };
      } catch (error) {
        return { rejected: true, code: error.code ?? error.name, message: String(error.message) };
      }
    };
    const run = (batch) => outcome(() => Word.run(batch));
    const cases = {};
    cases.meetingPlaceAsInsertLocation = await run(async (context) => {
      context.document.getSelection().insertOoxml(ooxml, "本府第一會議室");
      await context.sync();
    });
    cases.insertLocationOutsideTheMethodsValues = await run(async (context) => {
      context.document.body.insertFileFromBase64("UEsDBA==", "After");
      await context.sync();
    });
    cases.wrongArgumentType = await run(async (context) => {
      context.document.getSelection().insertOoxml(42, "Replace");
      await context.sync();
    });
    cases.missingArgument = await run(async (context) => {
      context.document.getSelection().insertOoxml(ooxml);
      await context.sync();
    });
    cases.invalidSelectionMode = await run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items");
      await context.sync();
      paragraphs.items[0].select("Everything");
      await context.sync();
    });
    cases.readBeforeLoad = await run(async (context) => context.document.body.text);
    cases.readAfterLoadBeforeSync = await run(async (context) => {
      const body = context.document.body;
      body.load("text");
      return body.text;
    });
    cases.loadUnknownProperty = await run(async (context) => {
      context.document.body.load("colour");
      await context.sync();
    });
    cases.searchTooLong = await run(async (context) => {
      const found = context.document.body.search("長".repeat(256));
      found.load("items");
      await context.sync();
    });
    let kept;
    await Word.run(async (context) => {
      kept = context.document.body;
      kept.load("text");
      await context.sync();
    });
    cases.objectUsedAfterRun = await outcome(async () => kept.text);
    let keptContext;
    await Word.run(async (context) => { keptContext = context; });
    cases.syncAfterRun = await outcome(() => keptContext.sync());
    cases.batchNotAFunction = await outcome(() => Word.run("insert"));
    // Controls: what Word accepts, the stand-in accepts.
    cases.readAfterLoadAndSync = await run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      return paragraphs.items.map((p) => p.text);
    });
    cases.insertAfterSelection = await run(async (context) => {
      context.document.getSelection().insertOoxml(ooxml, Word.InsertLocation.after);
      await context.sync();
      return window.__documentTexts();
    });
    cases.searchAndReplaceInParagraph = await run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items");
      await context.sync();
      const found = paragraphs.items[1].search("工作", { matchCase: true });
      found.load("items");
      await context.sync();
      found.items[0].insertText("業務", "Replace");
      await context.sync();
      return window.__documentTexts();
    });
    return cases;
  }, ooxml);
  result.rejectedLog = await page.evaluate(() => window.__rejected);
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
