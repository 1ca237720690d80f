package io.gongzhi.platform.cases.boundary;

import java.util.List;
import java.util.Map;

/** The XML forms of Open311 answers: maps become elements, lists repeat their item element. */
final class Open311Xml {

    private Open311Xml() {}

    static String write(String root, String item, Object body) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<")
                .append(root)
                .append('>');
        value(out, item, body);
        return out.append("</").append(root).append(">\n").toString();
    }

    private static void value(StringBuilder out, String item, Object v) {
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String name = String.valueOf(e.getKey());
                if (e.getValue() instanceof List<?> l && !name.equals("formats")) {
                    out.append('<').append(name).append('>');
                    value(out, singular(name), l);
                    out.append("</").append(name).append('>');
                } else if (e.getValue() instanceof List<?> l) {
                    l.forEach(x -> element(out, "format", x));
                } else {
                    element(out, name, e.getValue());
                }
            }
        } else if (v instanceof List<?> l) {
            for (Object x : l) {
                out.append('<').append(item).append('>');
                value(out, item, x);
                out.append("</").append(item).append('>');
            }
        } else if (v != null) {
            out.append(escape(String.valueOf(v)));
        }
    }

    private static void element(StringBuilder out, String name, Object v) {
        if (v == null) {
            out.append('<').append(name).append("/>");
        } else {
            out.append('<')
                    .append(name)
                    .append('>')
                    .append(escape(String.valueOf(v)))
                    .append("</")
                    .append(name)
                    .append('>');
        }
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
