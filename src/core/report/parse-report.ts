import {
  DIRECTION_LABELS,
  fromLabel,
  GOALS_TABLE,
  KPI_HEADERS,
  LINK_MARK,
  MEASURE_LABELS,
  META_SHEET,
  META_TABLE,
  sectorSheetName,
  sectorTableName,
  SectorSheetKind,
  WORKBOOK_FORMAT,
  WORKBOOK_FORMAT_VERSION,
} from "../layout";
import { Plan, PlanFinder, sectorKpis } from "../plan";
import { finding, Finding } from "../rules/finding";
import {
  CellData,
  cellOverLimit,
  isEmptyCell,
  Snapshot,
  SnapshotCell,
  SnapshotTable,
} from "../snapshot";
import {
  Field,
  GoalRow,
  KpiRow,
  KpiYear,
  LinkCell,
  ObjectiveRow,
  OutputRow,
  Report,
  ReportMeta,
  ResultItemRow,
  SectorReport,
} from "./report";
import { inferMeta } from "./infer-meta";
import { readResourceTables } from "./read-resource-tables";

/** The outcome of parsing: a report with the structural findings met on the way, or why there can be none. */
export type ParseOutcome =
  | {
      readonly ok: true;
      readonly report: Report;
      readonly plan: Plan;
      readonly findings: readonly Finding[];
      /** Set when the metadata sheet was gone or broken and the workbook was recognised from its tables. */
      readonly metadataRebuilt?: true;
    }
  | { readonly ok: false; readonly message: string };

type MetadataOutcome =
  | { readonly ok: true; readonly plan: Plan; readonly meta: ReportMeta; readonly sheet: string }
  | {
      readonly ok: false;
      readonly message: string;
      /** What is wrong with the metadata, as the rebuilt finding says it ("has no metadata sheet _kpi_meta"). */
      readonly problem: string;
      /** Whether the tables may stand in for the metadata (not for a newer format, or a plan not installed). */
      readonly rebuildable: boolean;
    };

/** Reads the workbook's metadata sheet and finds its plan; says what is wrong when it cannot. */
const readMetadata = (snapshot: Snapshot, findPlan: PlanFinder): MetadataOutcome => {
  const broken = (problem: string, message: string, rebuildable = true): MetadataOutcome => ({
    ok: false,
    message,
    problem,
    rebuildable,
  });
  const metaTable = snapshot.tables.find((t) => t.name === META_TABLE);
  if (!metaTable)
    return broken(
      `has no metadata sheet ${META_SHEET} (table ${META_TABLE})`,
      "is not a KPI Reporter workbook (it has no _kpi_meta sheet with table KPI_Meta); make one with kpi-report new, or if it lost that sheet, write it back with kpi-report repair"
    );
  const meta = readMeta(metaTable);
  const format = text(meta.get("format") ?? null);
  if (format !== WORKBOOK_FORMAT)
    return broken(
      `has a broken metadata sheet ${META_SHEET} (format "${format}")`,
      `is not a KPI Reporter workbook (its metadata names format "${format}")`
    );
  const formatVersion = Number(meta.get("formatVersion"));
  if (
    !Number.isInteger(formatVersion) ||
    formatVersion < 1 ||
    formatVersion > WORKBOOK_FORMAT_VERSION
  )
    return broken(
      `has a broken metadata sheet ${META_SHEET} (format version "${text(meta.get("formatVersion") ?? null)}")`,
      `has workbook format version ${text(meta.get("formatVersion") ?? null)}, which this version of KPI Reporter cannot read (it reads 1 to ${WORKBOOK_FORMAT_VERSION}); update KPI Reporter`,
      !(formatVersion > WORKBOOK_FORMAT_VERSION)
    );
  const planId = text(meta.get("planId") ?? null);
  const plan = findPlan(planId);
  if (!plan)
    return broken(
      `has a broken metadata sheet ${META_SHEET} (no plan id)`,
      `was made for plan "${planId}", which this installation does not have (see kpi-report plans)`,
      planId === ""
    );
  const period = Number(meta.get("period"));
  if (!Number.isInteger(period) || period < plan.period.start || period > plan.period.end)
    return broken(
      `has a broken metadata sheet ${META_SHEET} (reporting year "${text(meta.get("period") ?? null)}")`,
      `has reporting year "${text(meta.get("period") ?? null)}" in its metadata, outside plan ${plan.id} (${plan.period.start}-${plan.period.end})`
    );
  const sectorIds = text(meta.get("sectors") ?? null)
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const unknown = sectorIds.filter((id) => !plan.sectors.some((s) => s.id === id));
  if (unknown.length > 0)
    return broken(
      `has a broken metadata sheet ${META_SHEET} (sectors "${sectorIds.join(",")}")`,
      `names sector(s) ${unknown.join(", ")} in its metadata, which plan ${plan.id} does not have`
    );
  return {
    ok: true,
    plan,
    sheet: metaTable.sheet,
    meta: {
      planId,
      planVersion: text(meta.get("planVersion") ?? null),
      formatVersion,
      period,
      sectors: sectorIds,
    },
  };
};

const text = (value: CellData): string =>
  value === null
    ? ""
    : typeof value === "object"
      ? "error" in value
        ? value.error
        : value.date
      : String(value).trim();
const norm = (header: string): string => header.trim().replace(/\s+/g, " ").toLowerCase();

/** True where a link cell marks a link. Anything else non-empty is read as a link too, and a rule says so. */
export const isLinked = (cell: LinkCell): boolean => !isEmptyCell(cell.value);
export const isProperMark = (cell: LinkCell): boolean =>
  text(cell.value).toUpperCase() === LINK_MARK;

/** Reads the metadata table into key/value pairs. */
const readMeta = (table: SnapshotTable): Map<string, CellData> => {
  const key = table.headers.findIndex((h) => norm(h) === "key");
  const value = table.headers.findIndex((h) => norm(h) === "value");
  return new Map(
    table.rows.map((row) => [text(row[key]?.value ?? null), row[value]?.value ?? null])
  );
};

interface Columns {
  readonly table: SnapshotTable;
  /** The column index of a header, or -1. */
  index(header: string): number;
}

const columnsOf = (table: SnapshotTable): Columns => {
  const byHeader = new Map<string, number>();
  table.headers.forEach((h, i) => {
    if (!byHeader.has(norm(h))) byHeader.set(norm(h), i);
  });
  return { table, index: (header) => byHeader.get(norm(header)) ?? -1 };
};

/**
 * Turns a snapshot into a Report. `findPlan` gives the plan the workbook was made for (from plan-data or the
 * bundle). Missing sheets, tables and columns become one finding each and leave that part of the report null,
 * so the rules check what is there and never pile up noise about what is not.
 */
export const parseReport = (snapshot: Snapshot, findPlan: PlanFinder): ParseOutcome => {
  const overLimit = cellOverLimit(snapshot);
  if (overLimit) {
    return {
      ok: false,
      message: `sheet "${overLimit.cell.sheet}" cell ${overLimit.cell.cell} ${overLimit.reason}; correct it and try again`,
    };
  }
  const fromMeta = readMetadata(snapshot, findPlan);
  const findings: Finding[] = [];
  let plan: Plan;
  let reportMeta: ReportMeta;
  let metaSheet: string = META_SHEET;
  let metadataRebuilt = false;
  if (fromMeta.ok) {
    ({ plan, meta: reportMeta, sheet: metaSheet } = fromMeta);
  } else {
    const inferred =
      fromMeta.rebuildable && findPlan.all ? inferMeta(snapshot, findPlan.all()) : undefined;
    if (!inferred) return { ok: false, message: fromMeta.message };
    ({ plan, meta: reportMeta } = inferred);
    metadataRebuilt = true;
    findings.push(
      finding(
        "metadata-rebuilt",
        "warning",
        { sheet: META_SHEET, cell: null },
        `The workbook ${fromMeta.problem}; it was recognised from its own tables as plan ${plan.id} version ${plan.version}, reporting year ${reportMeta.period}, sectors ${reportMeta.sectors.join(", ")}`,
        {
          fix: "Write the metadata back with kpi-report repair, so that other tools find it.",
        }
      )
    );
  }

  if (reportMeta.planVersion !== plan.version) {
    findings.push(
      finding(
        "plan-version",
        "warning",
        { sheet: metaSheet, cell: null },
        `The workbook was made from plan ${plan.id} version ${reportMeta.planVersion}; this installation has version ${plan.version}, whose texts may differ`
      )
    );
  }

  /** Finds a table by its name; says once, and precisely, when it is missing or its sheet was renamed. */
  const locate = (
    tableName: string,
    sheetName: string,
    required: readonly string[]
  ): Columns | null => {
    const table = snapshot.tables.find((t) => t.name === tableName);
    if (!table) {
      const sheetThere = snapshot.sheets.some((s) => s.name === sheetName);
      findings.push(
        sheetThere
          ? finding(
              "table-missing",
              "error",
              { sheet: sheetName, cell: null },
              `Sheet "${sheetName}" no longer holds table ${tableName}`,
              {
                fix: "Restore the table (or the sheet) from the original workbook; KPI Reporter finds values by table name.",
              }
            )
          : finding(
              "sheet-missing",
              "error",
              { sheet: sheetName, cell: null },
              `Sheet "${sheetName}" (table ${tableName}) is missing`,
              { fix: "Restore the sheet from the original workbook." }
            )
      );
      return null;
    }
    if (table.sheet !== sheetName) {
      findings.push(
        finding(
          "sheet-renamed",
          "info",
          { sheet: table.sheet, cell: null },
          `Sheet "${sheetName}" was renamed "${table.sheet}"; its table ${tableName} is still read`
        )
      );
    }
    const columns = columnsOf(table);
    const missing = required.filter((h) => columns.index(h) < 0);
    if (missing.length > 0) {
      findings.push(
        finding(
          "column-missing",
          "error",
          { sheet: table.sheet, cell: table.headerAddresses[0] ?? null },
          `Table ${tableName} has no column ${missing.map((m) => `"${m}"`).join(", ")}`,
          {
            fix: "Restore the column header exactly as it was; KPI Reporter finds columns by their header text.",
          }
        )
      );
      return null;
    }
    return columns;
  };

  // A snapshot cell is already a Field (its own sheet and address): rows of 100,000 KPIs allocate nothing per cell.
  const field = (t: SnapshotTable, row: readonly SnapshotCell[], col: number): Field =>
    row[col] ?? { value: null, sheet: t.sheet, cell: null };
  const dataRows = (t: SnapshotTable): (readonly SnapshotCell[])[] => {
    const rows: (readonly SnapshotCell[])[] = [];
    for (const row of t.rows) {
      for (let i = 0; i < row.length; i++) {
        if (!isEmptyCell((row[i] as SnapshotCell).value)) {
          rows.push(row);
          break;
        }
      }
    }
    return rows;
  };
  const linkCells = (
    c: Columns,
    row: readonly SnapshotCell[],
    fixed: readonly string[]
  ): LinkCell[] =>
    c.table.headers.flatMap((header, i) =>
      fixed.some((f) => norm(f) === norm(header))
        ? []
        : [
            {
              ...field(c.table, row, i),
              column: header.trim(),
              headerAt: { sheet: c.table.sheet, cell: c.table.headerAddresses[i] ?? null },
            },
          ]
    );

  const goalsColumns = locate(GOALS_TABLE, "Goals", ["Goal ID", "Goal"]);
  const goals: GoalRow[] | null = goalsColumns
    ? dataRows(goalsColumns.table).map((row) => {
        const id = field(goalsColumns.table, row, goalsColumns.index("Goal ID"));
        return {
          id: text(id.value),
          label: text(row[goalsColumns.index("Goal")]?.value ?? null),
          at: { sheet: id.sheet, cell: id.cell },
        };
      })
    : null;

  const sectors = reportMeta.sectors.map((sectorId): SectorReport => {
    const planSector = plan.sectors.find((s) => s.id === sectorId);
    const names = (kind: SectorSheetKind): [string, string] => [
      sectorTableName({ id: sectorId }, kind),
      sectorSheetName({ id: sectorId }, kind),
    ];
    const sectorFindingsStart = findings.length;

    const objectiveFixed = ["Objective ID", "No.", "Objective", "Short title", "Text"];
    const oc = locate(...names("Objectives"), ["Objective ID", "Objective", "Text"]);
    const objectives: ObjectiveRow[] | null = oc
      ? dataRows(oc.table).map((row) => {
          const id = field(oc.table, row, oc.index("Objective ID"));
          return {
            id: text(id.value),
            label: text(row[oc.index("Objective")]?.value ?? null),
            text: text(row[oc.index("Text")]?.value ?? null),
            at: { sheet: id.sheet, cell: id.cell },
            goals: linkCells(oc, row, objectiveFixed),
          };
        })
      : null;

    const outputFixed = ["Output ID", "Output", "Note"];
    const pc = locate(...names("Outputs"), outputFixed);
    const outputs: OutputRow[] | null = pc
      ? dataRows(pc.table).map((row) => {
          const id = field(pc.table, row, pc.index("Output ID"));
          return {
            id: text(id.value),
            name: text(row[pc.index("Output")]?.value ?? null),
            note: text(row[pc.index("Note")]?.value ?? null),
            at: { sheet: id.sheet, cell: id.cell },
            objectives: linkCells(pc, row, outputFixed),
          };
        })
      : null;

    const rc = planSector?.resultsTable
      ? locate(...names("Results"), ["Objective ID", "Kind", "Item ID", "Text"])
      : null;
    const results: ResultItemRow[] | null = rc
      ? dataRows(rc.table).map((row) => {
          const objective = field(rc.table, row, rc.index("Objective ID"));
          return {
            objective,
            kind: text(row[rc.index("Kind")]?.value ?? null),
            itemId: text(row[rc.index("Item ID")]?.value ?? null),
            text: text(row[rc.index("Text")]?.value ?? null),
            textField: field(rc.table, row, rc.index("Text")),
            at: { sheet: objective.sheet, cell: objective.cell },
          };
        })
      : null;

    const kc = locate(...names("KPIs"), Object.values(KPI_HEADERS));
    const cumulative = new Set(
      planSector
        ? sectorKpis(planSector)
            .filter((k) => k.cumulative)
            .map((k) => k.id)
        : []
    );
    const yearHeaders = kc
      ? [
          ...new Set(
            kc.table.headers
              .flatMap((h) => /^(?:target|actual) (\d{4})$/i.exec(h.trim())?.[1] ?? [])
              .map(Number)
          ),
        ].map((year) => ({
          year,
          at: {
            sheet: kc.table.sheet,
            cell:
              kc.table.headerAddresses[
                kc.index(`Target ${year}`) >= 0
                  ? kc.index(`Target ${year}`)
                  : kc.index(`Actual ${year}`)
              ] ?? null,
          },
        }))
      : [];
    // Column positions are looked up once per table, not once per cell: a KPI table may have 100,000 rows.
    const kpiColumns = kc
      ? (Object.fromEntries(
          Object.entries(KPI_HEADERS).map(([key, header]) => [key, kc.index(header)])
        ) as Record<keyof typeof KPI_HEADERS, number>)
      : null;
    const yearColumns = kc
      ? yearHeaders.map(({ year }) => ({
          year,
          target: kc.index(`Target ${year}`),
          actual: kc.index(`Actual ${year}`),
        }))
      : [];
    const statusIndex = kc ? kc.index(`Status ${reportMeta.period}`) : -1;
    const valueLabels = [
      "Baseline",
      ...yearColumns.flatMap((y) => [`Target ${y.year}`, `Actual ${y.year}`]),
    ];
    const kpis: KpiRow[] | null =
      kc && kpiColumns
        ? dataRows(kc.table).map((row) => {
            // Plain lookups by column position, no helper closure: this runs once for each of up to 100,000 rows.
            const t = kc.table;
            const c = kpiColumns;
            const id = field(t, row, c.id);
            const idText = text(id.value);
            const baseline = field(t, row, c.baseline);
            const years: KpiYear[] = new Array<KpiYear>(yearColumns.length);
            const valueFields: Field[] = new Array<Field>(1 + 2 * yearColumns.length);
            valueFields[0] = baseline;
            for (let i = 0; i < yearColumns.length; i++) {
              const y = yearColumns[i] as (typeof yearColumns)[number];
              const target = field(t, row, y.target);
              const actual = field(t, row, y.actual);
              years[i] = { year: y.year, target, actual };
              valueFields[1 + 2 * i] = target;
              valueFields[2 + 2 * i] = actual;
            }
            const measureCell = field(t, row, c.measure);
            const directionCell = field(t, row, c.direction);
            return {
              id: idText,
              at: id,
              objective: field(t, row, c.objective),
              output: field(t, row, c.output),
              text: text(field(t, row, c.text).value),
              measure: fromLabel(MEASURE_LABELS, measureCell.value) ?? null,
              measureCell,
              direction: fromLabel(DIRECTION_LABELS, directionCell.value) ?? null,
              directionCell,
              unit: text(field(t, row, c.unit).value),
              cumulative: cumulative.has(idText),
              baselineYear: field(t, row, c.baselineYear),
              baseline,
              years,
              valueFields,
              valueLabels,
              status: statusIndex >= 0 ? field(t, row, statusIndex) : null,
              dataNote: field(t, row, c.dataNote),
              evidence: field(t, row, c.evidence),
            };
          })
        : null;

    const resources = readResourceTables(snapshot.tables, sectorId, locate);

    for (let i = sectorFindingsStart; i < findings.length; i++)
      findings[i] = { ...(findings[i] as Finding), sector: sectorId };
    return { id: sectorId, objectives, outputs, results, kpis, yearHeaders, ...resources };
  });

  return {
    ok: true,
    plan,
    report: { meta: reportMeta, goals, sectors },
    findings,
    ...(metadataRebuilt ? { metadataRebuilt: true as const } : {}),
  };
};
