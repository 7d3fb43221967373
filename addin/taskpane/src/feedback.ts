// Status and errors shown next to the action that caused them: each panel has its own status
// (role=status, aria-live) and error region (role=alert), so a screen reader reads them out and
// a sighted clerk sees them where she clicked.
import { ServiceError, type Diagnostic } from "./api";
import { ParagraphChangedError } from "./word";

/** A problem the pane found itself, worded for the clerk: shown as it is. */
export class ClerkError extends Error {}

/** A summary and the located findings of a failure, for the clerk. */
export function describe(error: unknown): { summary: string; diagnostics: Diagnostic[] } {
  if (error instanceof ServiceError) {
    const summary = error.status === 0
      ? "無法連線到會議紀錄服務，請確認網路或稍後再試 (The minutes service cannot be reached; check the network or try again later)"
      : error.detail && error.diagnostics.length === 0 ? `${error.title}：${error.detail}` : error.title;
    return { summary, diagnostics: error.diagnostics };
  }
  if (error instanceof ClerkError) {
    return { summary: error.message, diagnostics: [] };
  }
  if (error instanceof ParagraphChangedError) {
    return { summary: "文件在檢查後已變更，請重新檢查 (The document changed since it was checked; check it again)", diagnostics: [] };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { summary: `Word 無法完成操作 (Word could not complete the action): ${message}`, diagnostics: [] };
}

/** Where a finding is: 第 3 行第 5 字 for a meeting file, nothing otherwise. */
export function where(diagnostic: Diagnostic): string {
  return diagnostic.location ? `第 ${diagnostic.location.line} 行第 ${diagnostic.location.column} 字：` : "";
}

export class Feedback {
  private static readonly all: Feedback[] = [];

  constructor(
    private readonly status: HTMLElement,
    private readonly error: HTMLElement,
    panel: HTMLElement,
  ) {
    Feedback.all.push(this);
    // Using another panel clears this one's messages, so they never speak for another form.
    panel.addEventListener("focusin", () => {
      for (const other of Feedback.all) if (other !== this) other.clear();
    });
  }

  clear(): void {
    this.status.textContent = "";
    this.error.hidden = true;
    this.error.replaceChildren();
  }

  busy(message: string): void {
    this.clear();
    this.status.textContent = message;
  }

  done(message: string): void {
    this.clear();
    this.status.textContent = message;
  }

  /** Shows the failure: a summary and one line per finding (located when the finding is). */
  fail(failure: unknown, extra: Node[] = []): Diagnostic[] {
    const { summary, diagnostics } = describe(failure);
    this.clear();
    const heading = document.createElement("p");
    heading.textContent = summary;
    const list = document.createElement("ul");
    for (const diagnostic of diagnostics) {
      const item = document.createElement("li");
      item.textContent = `${where(diagnostic)}${diagnostic.messageZh} (${diagnostic.messageEn})`;
      list.append(item);
    }
    this.error.replaceChildren(heading, ...(diagnostics.length > 0 ? [list] : []), ...extra);
    this.error.hidden = false;
    return diagnostics;
  }
}
