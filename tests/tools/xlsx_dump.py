#!/usr/bin/env python3
# Opens a workbook with openpyxl, as a user's spreadsheet would, and prints what the tests check
# as JSON: per sheet the frozen cell, the filter range, the drop-downs, column widths, and every
# cell's value with its wrap and italic flags.
import datetime
import json
import sys

import openpyxl


def cell_value(value):
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return value


def main(path):
    book = openpyxl.load_workbook(path)
    sheets = []
    for sheet in book.worksheets:
        rows = []
        for row in sheet.iter_rows():
            rows.append([{"value": cell_value(c.value), "wrap": bool(c.alignment.wrap_text),
                          "italic": bool(c.font.italic), "format": c.number_format} for c in row])
        sheets.append({
            "name": sheet.title,
            "freeze": sheet.freeze_panes,
            "filter": sheet.auto_filter.ref,
            "validations": [{"type": v.type, "list": v.formula1, "range": str(v.sqref)}
                            for v in sheet.data_validations.dataValidation],
            "widths": {k: v.width for k, v in sheet.column_dimensions.items()},
            "rows": rows,
        })
    json.dump({"sheets": sheets, "title": book.properties.title}, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
