import fc from "fast-check";
import { compileShift, shiftFormula } from "../../../src/adapters/xlsx/shift-formula";

describe("moving a formula as Excel fills a shared formula", () => {
  it("moves relative references, keeps anchored ones and leaves quoted text, sheet names and structured references alone", () => {
    expect(shiftFormula("SUM(A1:B2)*$C$1", 2, 1)).toBe("SUM(B3:C4)*$C$1");
    expect(shiftFormula('IF(A2="B2",$A2,A$2)', 3, 2)).toBe('IF(C5="B2",$A5,C$2)');
    expect(shiftFormula("'Sheet A1'!B2+Table1[Target 2013]+LOG10(Z9)", 1, 0)).toBe(
      "'Sheet A1'!B3+Table1[Target 2013]+LOG10(Z10)"
    );
    expect(shiftFormula('"say ""A1"""&A1', 1, 1)).toBe('"say ""A1"""&B2');
    expect(shiftFormula("A1+XFD1", 0, 1)).toBe("B1+#REF!");
    expect(shiftFormula("A2", -1, 0)).toBe("A1");
    expect(shiftFormula("A2", -2, 0)).toBe("#REF!");
  });

  const formula = fc
    .array(
      fc.constantFrom(
        "A1",
        "$B$2",
        "C$3",
        "$D4",
        "ZZ10",
        "+",
        "*",
        "SUM(",
        ")",
        ",",
        '"A1"',
        "'S 1'!",
        "T[X1]",
        "LOG10(",
        "A_1"
      ),
      { maxLength: 12 }
    )
    .map((parts) => parts.join(""));
  const step = fc.integer({ min: 0, max: 50 });

  it("moves one compiled formula to many cells, each as if it were the only one", () => {
    fc.assert(
      fc.property(formula, fc.array(fc.tuple(step, step), { maxLength: 5 }), (f, moves) => {
        const move = compileShift(f);
        // A compiled formula keeps no state between moves: moving back by the same steps gives the formula again.
        for (const [rows, columns] of moves)
          expect(shiftFormula(move(rows, columns), -rows, -columns)).toBe(f);
      })
    );
  });

  it("moves by nothing to the same formula, and by two steps as by their sum", () => {
    fc.assert(
      fc.property(formula, step, step, step, step, (f, r1, c1, r2, c2) => {
        expect(shiftFormula(f, 0, 0)).toBe(f);
        expect(shiftFormula(shiftFormula(f, r1, c1), r2, c2)).toBe(
          shiftFormula(f, r1 + r2, c1 + c2)
        );
      })
    );
  });
});
