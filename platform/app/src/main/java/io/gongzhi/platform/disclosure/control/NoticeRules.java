package io.gongzhi.platform.disclosure.control;

import io.gongzhi.platform.problem.control.ProblemException;
import java.util.regex.Pattern;

/** What a notice must satisfy before it is stored; each failure is a 400 naming the field. */
public final class NoticeRules {

    static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63}");

    private NoticeRules() {}

    public static String code(String code) {
        required("code", code);
        if (!CODE.matcher(code).matches()) {
            throw new ProblemException(400, "field-format", "code", "1-64 letters, digits, '.', '_' or '-'");
        }
        return code;
    }

    public static String text(String field, String value, int max) {
        required(field, value);
        if (value.length() > max) {
            throw new ProblemException(400, "field-too-long", field, max);
        }
        return value.strip();
    }

    public static <T> T required(String field, T value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new ProblemException(400, "field-required", field);
        }
        return value;
    }
}
