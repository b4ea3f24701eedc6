import { FakeCollection, Resolver } from "./client-object";
import type { FakeRequestContext } from "./fake-request-context";
import { FakeOfficeError } from "./office-error";
import { newSheet, SheetState } from "./workbook-state";
import { checkSheetName, FakeWorksheet } from "./worksheet";

/** Excel.WorksheetCollection: sheets in tab order; names are unique regardless of case. */
export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet, SheetState> {
  constructor(context: FakeRequestContext) {
    super(context, () => [...context.state.sheets]);
  }

  protected makeItem(resolve: Resolver<SheetState>): FakeWorksheet {
    return new FakeWorksheet(this.context, resolve);
  }

  /** Adds a sheet at the end ("Sheet<n>" without a name). */
  add(name?: string): FakeWorksheet {
    return this.spawn("add", name === undefined ? [] : [name], FakeWorksheet, (sheets) => {
      const state = this.context.state;
      let chosen = name;
      if (chosen === undefined) {
        let n = sheets.length + 1;
        while (sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
        chosen = `Sheet${n}`;
      }
      checkSheetName(chosen);
      if (sheets.some((s) => s.name.toLowerCase() === (chosen as string).toLowerCase()))
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet called ${chosen} already exists.`);
      const sheet = newSheet(state, chosen);
      state.sheets.push(sheet);
      return sheet;
    });
  }

  private find(sheets: readonly SheetState[], name: string): SheetState | null {
    return sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  /** The sheet of this name; the sync fails with ItemNotFound when there is none. */
  getItem(name: string): FakeWorksheet {
    return this.spawn("getItem", [name], FakeWorksheet, (s) => this.find(s, name));
  }

  /** The sheet of this name, or a null object. */
  getItemOrNullObject(name: string): FakeWorksheet {
    return this.spawn("getItemOrNullObject", [name], FakeWorksheet, (s) => this.find(s, name), {
      nullable: true,
    });
  }

  getActiveWorksheet(): FakeWorksheet {
    return this.spawn(
      "getActiveWorksheet",
      [],
      FakeWorksheet,
      () => this.context.state.activeSheet ?? null
    );
  }
}
