// Reads the published Word API typings (@types/office-js) with the TypeScript parser and returns
// what the Office.js stand-in needs to reject what Word rejects: every enum of namespace Word
// with its string values, and for every class its methods (each overload's parameters as a
// checkable type) and its properties (scalar, read only after load + sync; or navigation).
// Nothing here is typed by hand: a new typings version brings its own tables.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import ts from "typescript";

const require = createRequire(import.meta.url);

/** The typings file the table is read from. */
export const typingsPath = require.resolve("@types/office-js/index.d.ts");

/** @returns {{ version: string, enums: Record<string, Record<string, string>>, classes: Record<string, { methods: Record<string, Param[][]>, properties: Record<string, Property> }> }} */
export function readWordApi(path = typingsPath) {
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, false);
  const wordBlocks = source.statements.filter(
    (statement) => ts.isModuleDeclaration(statement) && statement.name.getText(source) === "Word" && statement.body && ts.isModuleBlock(statement.body),
  );
  const members = wordBlocks.flatMap((block) => [...block.body.statements]);

  const enums = {};
  for (const declaration of members.filter(ts.isEnumDeclaration)) {
    enums[declaration.name.text] = Object.fromEntries(
      declaration.members
        .filter((member) => member.initializer && ts.isStringLiteral(member.initializer))
        .map((member) => [member.name.getText(source), member.initializer.text]),
    );
  }
  const classNames = new Set(members.filter(ts.isClassDeclaration).map((declaration) => declaration.name.text));

  // A parameter or property type as the stand-in checks it.
  function spec(node) {
    if (!node) return { kind: "any" };
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword: return { kind: "string" };
      case ts.SyntaxKind.NumberKeyword: return { kind: "number" };
      case ts.SyntaxKind.BooleanKeyword: return { kind: "boolean" };
      case ts.SyntaxKind.ArrayType: return { kind: "array" };
      case ts.SyntaxKind.TypeLiteral: return { kind: "object" };
      case ts.SyntaxKind.FunctionType: return { kind: "function" };
      case ts.SyntaxKind.ParenthesizedType: return spec(node.type);
      case ts.SyntaxKind.LiteralType:
        return ts.isStringLiteral(node.literal) ? { kind: "values", values: [node.literal.text] } : { kind: "any" };
      case ts.SyntaxKind.UnionType: {
        const parts = node.types.map(spec);
        if (parts.every((part) => part.kind === "values")) {
          return { kind: "values", values: [...new Set(parts.flatMap((part) => part.values))] };
        }
        return { kind: "union", of: parts };
      }
      case ts.SyntaxKind.TypeReference: {
        const name = node.typeName.getText(source).replace(/^Word\./, "");
        const [enumName, memberName] = name.split(".");
        if (enums[enumName]) {
          return { kind: "values", values: memberName ? [enums[enumName][memberName]] : Object.values(enums[enumName]) };
        }
        if (name === "Array") return { kind: "array" };
        if (classNames.has(name)) return { kind: "class", name };
        return { kind: "object", name };
      }
      default:
        return { kind: "any" };
    }
  }

  // The requirement set a member needs, from its doc comment: "[Api set: WordApi 1.3]".
  const apiSetOf = (member) => {
    const comment = source.text.slice(member.getFullStart(), member.getStart(source));
    return /\[Api set: ([A-Za-z]+ [\d.]+)\]/.exec(comment)?.[1] ?? null;
  };

  const classes = {};
  for (const declaration of members.filter(ts.isClassDeclaration)) {
    const methods = {};
    const properties = {};
    const apiSets = {};
    for (const member of declaration.members) {
      const name = member.name?.getText(source);
      if (!name) continue;
      if (ts.isMethodDeclaration(member)) {
        (methods[name] ??= []).push(
          member.parameters.map((parameter) => ({
            name: parameter.name.getText(source),
            optional: Boolean(parameter.questionToken),
            type: spec(parameter.type),
          })),
        );
        apiSets[name] ??= apiSetOf(member);
      } else if (ts.isPropertyDeclaration(member)) {
        const type = spec(member.type);
        properties[name] = { type, navigation: type.kind === "class", apiSet: apiSetOf(member) };
      }
    }
    classes[declaration.name.text] = { methods, properties, apiSets };
  }
  const version = JSON.parse(readFileSync(require.resolve("@types/office-js/package.json"), "utf8")).version;
  return { version, enums, classes };
}
