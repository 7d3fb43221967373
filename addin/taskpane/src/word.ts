// The few Word calls the pane makes; everything else happens on the service.

export type InsertLocation = "Replace" | "After";

/** The whole body text, to continue numbering from. */
export function readBodyText(): Promise<string> {
  return Word.run(async (context) => {
    const body = context.document.body;
    body.load("text");
    await context.sync();
    return body.text;
  });
}

/** The selected text, for the convention check. */
export function readSelectionText(): Promise<string> {
  return Word.run(async (context) => {
    const selection = context.document.getSelection();
    selection.load("text");
    await context.sync();
    return selection.text;
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
