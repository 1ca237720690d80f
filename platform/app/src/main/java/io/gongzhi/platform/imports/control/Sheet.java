package io.gongzhi.platform.imports.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A list as a spreadsheet: a header and rows of text, written as CSV (UTF-8 with a byte order mark
 * so Excel reads Chinese, CRLF lines) or as an .xlsx workbook (streamed, a hundred rows in memory).
 * Text that a spreadsheet would take for a formula (leading {@code = + - @}) is kept as text: in
 * CSV behind an apostrophe, in a workbook as a string cell.
 */
public record Sheet(String name, List<String> header, List<List<String>> rows) {

    public byte[] csv() {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, header);
        rows.forEach(r -> line(out, r));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx() {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SXSSFSheet sheet = wb.createSheet(name);
            write(sheet.createRow(0), header);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c) == null ? "" : cells.get(c));
        }
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            out.append(c == 0 ? "" : ",").append(cell(cells.get(c)));
        }
        out.append("\r\n");
    }

    /** One CSV field: quoted when needed, a would-be formula kept as text. */
    public static String cell(String v) {
        if (v == null) {
            return "";
        }
        String safe = v.matches("(?s)[=+\\-@].*") ? "'" + v : v;
        return safe.matches("(?s).*[,\"\\r\\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
