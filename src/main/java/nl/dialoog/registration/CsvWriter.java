package nl.dialoog.registration;

import java.util.List;

/**
 * A minimal RFC 4180 writer: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF, quotes doubled.
 * Cells that a spreadsheet would read as a formula (starting with =, +, -, @, tab or CR) get a leading apostrophe,
 * as OWASP recommends against CSV injection. Small enough that no library is worth adding for it.
 */
final class CsvWriter {

    private final StringBuilder out = new StringBuilder();

    CsvWriter row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
