package io.gongzhi.platform.people.control;

import io.gongzhi.platform.problem.control.ProblemException;
import java.util.List;
import java.util.Set;

/** Checks of a resident's fields, each failure a 400 naming the field. */
public final class ResidentRules {

    /** The care attributes the platform knows. */
    public static final Set<String> CARE = Set.of(
            "elderly", "empty-nest", "left-behind-child", "disabled", "low-income", "veteran", "special-hardship");

    private ResidentRules() {}

    public static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new ProblemException(400, "field-required", "name");
        }
        if (name.strip().length() > 100) {
            throw new ProblemException(400, "field-too-long", "name", 100);
        }
        return name.strip();
    }

    public static String idNumber(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String id = PersonalData.idNumber(raw);
        if (id == null) {
            throw new ProblemException(400, "invalid-id-number");
        }
        return id;
    }

    public static String phone(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String p = PersonalData.phone(raw);
        if (p == null) {
            throw new ProblemException(400, "invalid-phone");
        }
        return p;
    }

    public static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new ProblemException(400, "field-too-long", field, max);
        }
        return value.strip();
    }

    /** Checks every field and writes them into the resident (the unit already checked by the caller). */
    public static void apply(io.gongzhi.platform.people.entity.Resident r, ResidentFields f) {
        String id = idNumber(f.idNumber());
        r.record(
                name(f.name()),
                id,
                id == null ? null : PersonalData.birthDate(id),
                phone(f.phone()),
                optional("address", f.address(), 300),
                optional("household", f.household(), 63),
                f.unit(),
                care(f.care()));
    }

    /** Checks every field but the unit; the first failure is thrown. */
    public static void check(ResidentFields f) {
        name(f.name());
        idNumber(f.idNumber());
        phone(f.phone());
        optional("address", f.address(), 300);
        optional("household", f.household(), 63);
        care(f.care());
    }

    public static List<String> care(List<String> care) {
        if (care == null) {
            return List.of();
        }
        for (String c : care) {
            if (!CARE.contains(c)) {
                throw new ProblemException(400, "unknown-care", c, String.join(", ", new java.util.TreeSet<>(CARE)));
            }
        }
        return care.stream().distinct().sorted().toList();
    }
}
