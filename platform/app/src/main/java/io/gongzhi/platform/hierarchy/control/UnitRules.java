package io.gongzhi.platform.hierarchy.control;

import io.gongzhi.platform.problem.control.ProblemException;
import java.util.regex.Pattern;

/** Checks of a unit's own fields, each failure a 400 naming the field. */
public final class UnitRules {

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private UnitRules() {}

    /** A unit or level code: a-z, 0-9 and '-', at most 63. */
    public static String code(String field, String value) {
        if (value == null || !CODE.matcher(value).matches()) {
            throw new ProblemException(400, "field-format", field, "a-z, 0-9 and '-', at most 63");
        }
        return value;
    }

    /** A name of at most 200 characters, stripped; null when optional and blank. */
    public static String name(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new ProblemException(400, "field-required", field);
            }
            return null;
        }
        if (value.length() > 200) {
            throw new ProblemException(400, "field-too-long", field, 200);
        }
        return value.strip();
    }
}
