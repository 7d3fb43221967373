// Calls to the add-in service. Every error comes back as RFC 7807 problem details.

export type FieldKind = "text" | "multiline" | "person" | "time" | "date" | "number";
export type Numbering = "none" | "heading" | "outline" | "parenthesized" | "proposal" | "motion";

export interface SectionField {
  id: string;
  label: string;
  kind: FieldKind;
  required: boolean;
  hint: string;
  minimum: number | null;
  maximum: number | null;
}

export interface SectionDefinition {
  id: string;
  label: string;
  numbering: Numbering;
  fields: SectionField[];
}

export interface Diagnostic {
  ruleId: string;
  severity: "info" | "warning" | "error";
  path: string;
  messageZh: string;
  messageEn: string;
  location?: { file: string; line: number; column: number } | null;
  fix?: { path: string; replacement: string } | null;
}

/** A failed request, carrying the problem details' messages for the clerk. */
export class ServiceError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly diagnostics: Diagnostic[],
  ) {
    super(`${status} ${title}`);
  }
}

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    throw new ServiceError(0, "無法連線到服務 (The service cannot be reached)", "", []);
  }
  if (response.ok) {
    return (await response.json()) as T;
  }
  let problem: { title?: string; detail?: string; diagnostics?: Diagnostic[] } = {};
  try {
    problem = await response.json();
  } catch {
    // A body that is not problem details still gets reported by its status.
  }
  throw new ServiceError(
    response.status,
    problem.title ?? `服務錯誤 (Service error ${response.status})`,
    problem.detail ?? "",
    problem.diagnostics ?? [],
  );
}

function postJson<T>(url: string, body: unknown): Promise<T> {
  return request<T>(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

export const getSections = () => request<SectionDefinition[]>("/api/sections");

export const getTemplates = () => request<string[]>("/api/templates");

export const renderSection = (id: string, fields: Record<string, string>) =>
  postJson<{ ooxml: string }>(`/api/sections/${encodeURIComponent(id)}/ooxml`, { fields });

export const renderDocument = (templateId: string, meeting: string) =>
  postJson<{ base64: string; diagnostics: Diagnostic[] }>("/api/documents", { templateId, meeting });

/** Lints one piece of text. */
export const lintText = (text: string) => postJson<{ findings: Diagnostic[] }>("/api/lint", { text });

/** Lints each paragraph on its own; findings name their paragraph as `paragraphs[i]`. */
export const lintParagraphs = (paragraphs: string[]) => postJson<{ findings: Diagnostic[] }>("/api/lint", { paragraphs });

/** The paragraph index of a finding from {@link lintParagraphs}. */
export function paragraphIndex(diagnostic: Diagnostic): number | undefined {
  const match = /^paragraphs\[(\d+)\]$/.exec(diagnostic.path);
  return match ? Number(match[1]) : undefined;
}
