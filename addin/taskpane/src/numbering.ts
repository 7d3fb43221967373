// Finds the last text label of a numbering style in the document, so the pane can suggest the
// next number: 案由三 after 案由二. Labels are text because insertOoxml cannot add numbering.
import type { Numbering } from "./api";

const lowerDigits = "〇一二三四五六七八九";
const legalDigits = "〇壹貳參肆伍陸柒捌玖";
const lower = "[一二三四五六七八九十]+";
const legal = "[壹貳參肆伍陸柒捌玖拾]+";

const patterns: Record<Exclude<Numbering, "none">, RegExp> = {
  heading: new RegExp(`^[ \\t\\u3000]*(${legal})、`),
  outline: new RegExp(`^[ \\t\\u3000]*(${lower})、`),
  parenthesized: new RegExp(`^[ \\t\\u3000]*[（(](${lower})[）)]`),
  proposal: new RegExp(`^[ \\t\\u3000]*第(${lower})案`),
  motion: new RegExp(`^[ \\t\\u3000]*案由(${lower})[：:]`),
};

// 說明：, 辦法：, 回應： and 主席裁示： may be followed by their own list (一、 二、 …), which is
// not the document's item numbering. Such a list ends at the next item's labels.
const listLabel = new RegExp(`^[ \\t\\u3000]*(?:${legal}、)?[ \\t\\u3000]*(?:說明|辦法|回應|主席裁示)[：:]`);
const listEnd = new RegExp(`^[ \\t\\u3000]*(?:${legal}、|決定[：:]|決議[：:]|表決結果[：:]|案由|第${lower}案|散會)`);

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

/**
 * The number after the last label of the style among the paragraphs (1 when there is none),
 * leaving out the lists under 說明, 辦法, 回應 and 主席裁示.
 */
export function nextNumber(paragraphs: readonly string[], numbering: Numbering): number | undefined {
  if (numbering === "none") {
    return undefined;
  }
  const pattern = patterns[numbering];
  const nested = numbering === "outline" || numbering === "parenthesized";
  let inList = false;
  let last = 0;
  for (const paragraph of paragraphs) {
    if (listEnd.test(paragraph)) inList = false;
    const match = pattern.exec(paragraph);
    if (match && !(nested && inList)) last = parseNumeral(match[1]) ?? last;
    if (listLabel.test(paragraph)) inList = true;
  }
  return Math.min(last + 1, 99);
}
