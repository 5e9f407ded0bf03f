package org.sitrep.report;

/** RFC 4180 cells, with spreadsheet formulas defused: article text must not run in an analyst's spreadsheet. */
public final class Csv {
    private Csv() {
    }

    public static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+(\\.\\d+)?")
                ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
