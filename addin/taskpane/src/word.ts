// The Word calls the pane makes; everything else happens on the service.

/** Where a section goes relative to the selection: Word.InsertLocation values Range.insertOoxml takes. */
export type InsertLocation = Word.InsertLocation.replace | Word.InsertLocation.after | "Replace" | "After";

/** The body's paragraphs' texts, in order. */
export function readParagraphs(): Promise<string[]> {
  return Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    return paragraphs.items.map((paragraph) => paragraph.text);
  });
}

/** Inserts a section package at the selection. */
export function insertOoxml(ooxml: string, location: InsertLocation): Promise<void> {
  return Word.run(async (context) => {
    context.document.getSelection().insertOoxml(ooxml, location);
    await context.sync();
  });
}

/** Replaces the document body with a whole rendered meeting. */
export function insertDocument(base64: string): Promise<void> {
  return Word.run(async (context) => {
    context.document.body.insertFileFromBase64(base64, "Replace");
    await context.sync();
  });
}

/** Thrown when a paragraph no longer holds the text it was checked with. */
export class ParagraphChangedError extends Error {}

async function paragraphAt(context: Word.RequestContext, index: number, expected: string): Promise<Word.Paragraph> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load("items/text");
  await context.sync();
  const paragraph = paragraphs.items[index];
  if (!paragraph || paragraph.text !== expected) {
    throw new ParagraphChangedError("the paragraph changed since it was checked");
  }
  return paragraph;
}

/** Selects paragraph <index> (zero-based) if it still holds <expected>. */
export function selectParagraph(index: number, expected: string): Promise<void> {
  return Word.run(async (context) => {
    (await paragraphAt(context, index, expected)).select("Select");
    await context.sync();
  });
}

/** Word's search takes at most 255 characters. */
const maximumSearch = 255;

/**
 * Rewrites paragraph <index> from <original> to <replacement> by replacing only the part that
 * differs, found with Word's search inside the paragraph, so the rest keeps its formatting.
 */
export function applyFix(index: number, original: string, replacement: string): Promise<void> {
  return Word.run(async (context) => {
    const paragraph = await paragraphAt(context, index, original);
    let start = 0;
    while (start < original.length && start < replacement.length && original[start] === replacement[start]) start++;
    let end = 0;
    while (end < original.length - start && end < replacement.length - start
      && original[original.length - 1 - end] === replacement[replacement.length - 1 - end]) end++;
    // A pure insertion still needs something to find: take the character before it (or after).
    if (start + end === original.length) {
      if (start > 0) start--;
      else end--;
    }
    const find = original.slice(start, original.length - end);
    const put = replacement.slice(start, replacement.length - end);
    if (find.length === 0 || find.length > maximumSearch) {
      paragraph.insertText(replacement, "Replace");
      await context.sync();
      return;
    }
    // The occurrence to replace is the one at <start>: count those before it.
    let occurrence = 0;
    for (let at = original.indexOf(find); at >= 0 && at < start; at = original.indexOf(find, at + find.length)) occurrence++;
    const found = paragraph.search(find, { matchCase: true });
    found.load("items");
    await context.sync();
    const range = found.items[occurrence];
    if (!range) {
      throw new ParagraphChangedError("the text to fix was not found in the paragraph");
    }
    range.insertText(put, "Replace");
    await context.sync();
  });
}
