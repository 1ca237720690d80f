package io.gongzhi.platform.imports.control;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV as districts export it from their spreadsheets: commas, fields in double quotes
 * (with doubled quotes inside), CRLF or LF line ends, an optional UTF-8 byte order mark. Rows are
 * lists of fields; blank lines are skipped.
 */
public final class Csv {

    private Csv() {}

    /** The rows with the line each starts on (1-based), for reports that name the row. */
    public record Row(int line, List<String> fields) {}

    public static List<Row> parse(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                add(rows, rowLine, fields);
                fields = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            add(rows, rowLine, fields);
        }
        return rows;
    }

    private static void add(List<Row> rows, int line, List<String> fields) {
        if (fields.stream().allMatch(f -> f.isBlank())) {
            return;
        }
        rows.add(new Row(line, List.copyOf(fields)));
    }
}
