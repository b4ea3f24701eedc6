"""Loads a workbook with openpyxl and saves it again, after the given edits: how the receiving unit's Python
tools (and docs/submission-format.md's recipe) handle our files. Run by test/support/other-tool-corpus.ts.

usage: openpyxl-resave.py <in.xlsx> <out.xlsx> [edits.json]
edits.json: [["sheet", "A1", value], ...]; a value of null empties the cell.
"""
import json
import sys

import openpyxl

source, target = sys.argv[1], sys.argv[2]
edits = json.load(open(sys.argv[3], encoding="utf-8")) if len(sys.argv) > 3 else []
wb = openpyxl.load_workbook(source)
for sheet, cell, value in edits:
    wb[sheet][cell].value = value
wb.save(target)
