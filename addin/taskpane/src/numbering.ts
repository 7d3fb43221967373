// Finds the last text label of a numbering style in the document, so the pane can suggest the
// next number: 案由三 after 案由二. Labels are text because insertOoxml cannot add numbering.
import type { Numbering } from "./api";

const lowerDigits = "〇一二三四五六七八九";
const legalDigits = "〇壹貳參肆伍陸柒捌玖";
const lower = "[一二三四五六七八九十]+";
const legal = "[壹貳參肆伍陸柒捌玖拾]+";

const patterns: Record<Exclude<Numbering, "none">, RegExp> = {
  heading: new RegExp(`^[ \\t\\u3000]*(${legal})、`, "gm"),
  outline: new RegExp(`^[ \\t\\u3000]*(${lower})、`, "gm"),
  parenthesized: new RegExp(`^[ \\t\\u3000]*[（(](${lower})[）)]`, "gm"),
  proposal: new RegExp(`第(${lower})案`, "g"),
  motion: new RegExp(`案由(${lower})[：:]`, "g"),
};

/** 一 → 1, 十一 → 11, 二十 → 20, 拾壹 → 11; undefined when the text is not a numeral of 1–99. */
export function parseNumeral(text: string): number | undefined {
  const digits = /[壹貳參肆伍陸柒捌玖拾]/.test(text) ? legalDigits : lowerDigits;
  const ten = digits === legalDigits ? "拾" : "十";
  const at = text.indexOf(ten);
  const digit = (c: string) => {
    const value = digits.indexOf(c);
    return value > 0 ? value : undefined;
  };
  if (at < 0) {
    return text.length === 1 ? digit(text) : undefined;
  }
  const tensText = text.slice(0, at);
  const unitsText = text.slice(at + 1);
  const tens = tensText === "" ? 1 : tensText.length === 1 ? digit(tensText) : undefined;
  const units = unitsText === "" ? 0 : unitsText.length === 1 ? digit(unitsText) : undefined;
  return tens === undefined || units === undefined ? undefined : tens * 10 + units;
}

/** The number after the last label of the style in the text, or 1 when there is none. */
export function nextNumber(documentText: string, numbering: Numbering): number | undefined {
  if (numbering === "none") {
    return undefined;
  }
  let last = 0;
  for (const match of documentText.matchAll(patterns[numbering])) {
    last = parseNumeral(match[1]) ?? last;
  }
  return Math.min(last + 1, 99);
}
