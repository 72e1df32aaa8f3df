package nl.dialoog.shared;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A minimal RFC 4180 writer for exports that open in spreadsheets: CRLF line ends, fields quoted when they hold a
 * comma, quote, CR or LF, quotes doubled, and a UTF-8 byte order mark so accents read right. Cells a spreadsheet
 * would run as a formula (starting with =, +, -, @, tab or CR) get a leading apostrophe, as OWASP recommends against
 * CSV injection: names and answers are typed by participants. Small enough that no library is worth adding for it.
 */
public final class CsvWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final StringBuilder out = new StringBuilder();

    public CsvWriter row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    /** The file: the byte order mark, then the rows in UTF-8. */
    public byte[] bytes() {
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(text, 0, file, BOM.length, text.length);
        return file;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    public static String cell(String value) {
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
