// Dates as clerks type them, in 民國 years: 115年3月5日 14:30, 115/3/5 14:30, 115.3.5 下午2時30分.
// The section service takes ISO (2026-03-05T14:30); the pane converts.

/** The hint shown under a date-and-time field. */
export const rocDateTimeHint = "例：115年3月5日 14:30，或 115/3/5 下午2時30分";

const pattern =
  /^\s*(?:民國)?\s*(\d{2,3})\s*(?:年|[/.\-－])\s*(\d{1,2})\s*(?:月|[/.\-－])\s*(\d{1,2})\s*日?\s*(?:[（(]星期.[）)])?\s*(上午|下午|中午)?\s*(\d{1,2})\s*(?:[:：]|時)\s*(\d{1,2})?\s*分?\s*$/;

/** "115年3月5日 14:30" → "2026-03-05T14:30"; undefined when the text is not a valid 民國 date and time. */
export function parseRocDateTime(text: string): string | undefined {
  const match = pattern.exec(text.normalize("NFKC"));
  if (!match) return undefined;
  const [, rocYear, month, day, half, hourText, minuteText] = match;
  const year = Number(rocYear) + 1911;
  let hour = Number(hourText);
  const minute = Number(minuteText ?? "0");
  if (half === "下午" && hour < 12) hour += 12;
  if (half === "上午" && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return undefined;
  const date = new Date(Date.UTC(year, Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return undefined;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${year}-${two(Number(month))}-${two(Number(day))}T${two(hour)}:${two(minute)}`;
}
