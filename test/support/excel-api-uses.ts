import ts from "typescript";

/** A member of the Excel JavaScript API that code uses, with the requirement set @types/office-js notes for it. */
export interface ExcelApiUse {
  /** Where: "src/adapters/office/queue-grid.ts:44". */
  readonly at: string;
  /** The member as written: "Excel.Range.getSpillingToRange". */
  readonly member: string;
  /** The requirement set and version: "ExcelApi 1.12", "ExcelApiOnline 1.1", "ExcelApiDesktop 1.1". */
  readonly set: string;
}

/** The note @types/office-js puts in each member's doc comment: "[Api set: ExcelApi 1.9]". */
const NOTE = /\[Api set: (ExcelApi(?:Online|Desktop)?) (BETA|\d+\.\d+)/;

const versionParts = (v: string): [number, number] => {
  const [major = 0, minor = 0] = v.split(".").map(Number);
  return [major, minor];
};

/** True when version `a` is above `b` ("1.10" is above "1.9"). */
export const versionAbove = (a: string, b: string): boolean => {
  const [x, y] = versionParts(a);
  const [p, q] = versionParts(b);
  return x !== p ? x > p : y > q;
};

/** The API set note of a declaration in @types/office-js, if it has one. */
const noteOf = (declaration: ts.Declaration): { set: string; version: string } | undefined => {
  const source = declaration.getSourceFile();
  if (!/[\\/]@types[\\/]office-js[\\/]/.test(source.fileName)) return undefined;
  const comments = ts.getLeadingCommentRanges(source.text, declaration.getFullStart()) ?? [];
  for (const range of comments) {
    const found = NOTE.exec(source.text.slice(range.pos, range.end));
    if (found) return { set: found[1] ?? "", version: found[2] ?? "" };
  }
  return undefined;
};

/** The qualified name of a declaration's member: "Excel.Range.select". */
const memberName = (checker: ts.TypeChecker, symbol: ts.Symbol): string =>
  checker.getFullyQualifiedName(symbol).replace(/^"[^"]*"\./, "");

/**
 * Whether `node` sits where `isSetSupported(set, version)` was checked first, for a version at least `needed`:
 * in the then-branch of an `if`, the true branch of `?:`, or the right of `&&`, whose condition calls it.
 */
const guarded = (node: ts.Node, set: string, needed: string): boolean => {
  const checks = (condition: ts.Node): boolean => {
    let found = false;
    const visit = (n: ts.Node): void => {
      if (
        ts.isCallExpression(n) &&
        /isSetSupported$/.test(n.expression.getText()) &&
        n.arguments.length >= 2
      ) {
        const [name, version] = n.arguments;
        if (
          name &&
          version &&
          ts.isStringLiteralLike(name) &&
          ts.isStringLiteralLike(version) &&
          name.text === set &&
          needed !== "BETA" &&
          !versionAbove(needed, version.text)
        )
          found = true;
      }
      ts.forEachChild(n, visit);
    };
    visit(condition);
    return found;
  };
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && parent.thenStatement === child && checks(parent.expression))
      return true;
    if (ts.isConditionalExpression(parent) && parent.whenTrue === child && checks(parent.condition))
      return true;
    if (
      ts.isBinaryExpression(parent) &&
      parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      parent.right === child &&
      checks(parent.left)
    )
      return true;
  }
  return false;
};

/**
 * Every use, in these files, of an Excel JavaScript API member whose requirement set is above `required` (the
 * manifest's ExcelApi version) and that no `isSetSupported` check guards: property reads and writes, method
 * calls, and the properties of object literals typed as an Excel.* interface (load options, rules, protection).
 */
export const unguardedExcelApiUses = (
  files: readonly string[],
  options: ts.CompilerOptions,
  required: string,
  relativeTo: string
): ExcelApiUse[] => {
  const program = ts.createProgram(files, { ...options, noEmit: true });
  const checker = program.getTypeChecker();
  const uses: ExcelApiUse[] = [];
  const consider = (node: ts.Node, symbol: ts.Symbol | undefined, declaration?: ts.Declaration) => {
    const declarations = declaration ? [declaration] : (symbol?.declarations ?? []);
    for (const d of declarations) {
      const note = noteOf(d);
      if (!note) continue;
      const above =
        note.version === "BETA" || note.set !== "ExcelApi" || versionAbove(note.version, required);
      if (above && !guarded(node, note.set, note.version)) {
        const source = node.getSourceFile();
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        uses.push({
          at: `${source.fileName.slice(relativeTo.length + 1).replace(/\\/g, "/")}:${line + 1}`,
          member: symbol ? memberName(checker, symbol) : node.getText(),
          set: `${note.set} ${note.version}`,
        });
      }
      return;
    }
  };
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`${file} is not part of the program`);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const call = ts.isCallExpression(node.parent) && node.parent.expression === node;
        const signature = call ? checker.getResolvedSignature(node.parent) : undefined;
        consider(node, symbol, signature?.declaration as ts.Declaration | undefined);
      } else if (ts.isObjectLiteralExpression(node)) {
        const type = checker.getContextualType(node);
        if (type)
          for (const property of node.properties) {
            if (!property.name || !ts.isIdentifier(property.name)) continue;
            const member = checker.getPropertyOfType(
              checker.getApparentType(checker.getNonNullableType(type)),
              property.name.text
            );
            consider(property, member);
          }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
};
