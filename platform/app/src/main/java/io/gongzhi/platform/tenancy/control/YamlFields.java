package io.gongzhi.platform.tenancy.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Typed access to one mapping of a YAML file the operator writes (a tenant manifest, a demo seed),
 * every failure an {@link InvalidManifestException} naming the file and the field.
 */
public record YamlFields(String where, Map<?, ?> map, String prefix) {

    public YamlFields(String where, Map<?, ?> map) {
        this(where, map, "");
    }

    public YamlFields section(String name) {
        Object v = map.get(name);
        if (!(v instanceof Map<?, ?> m)) {
            throw fail(name, "must be a mapping");
        }
        return new YamlFields(where, m, prefix + name + ".");
    }

    /** The section, or empty when the field is absent. */
    public Optional<YamlFields> optionalSection(String name) {
        return map.get(name) == null ? Optional.empty() : Optional.of(section(name));
    }

    /** A list of mappings (absent: empty). */
    public List<YamlFields> sections(String name) {
        Object v = map.get(name);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> l)) {
            throw fail(name, "must be a list");
        }
        List<YamlFields> out = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            if (!(l.get(i) instanceof Map<?, ?> m)) {
                throw fail(name + "[" + i + "]", "must be a mapping");
            }
            out.add(new YamlFields(where, m, prefix + name + "[" + i + "]."));
        }
        return out;
    }

    public Optional<String> optional(String name) {
        Object v = map.get(name);
        return v == null ? Optional.empty() : Optional.of(String.valueOf(v).trim());
    }

    public String text(String name, Pattern pattern, String expected) {
        String v = optional(name).filter(s -> !s.isEmpty()).orElseThrow(() -> fail(name, "is required"));
        if (pattern != null && !pattern.matcher(v).matches()) {
            throw fail(name, "'" + v + "' must be " + expected);
        }
        return v;
    }

    /** A whole number of at least {@code min}; {@code fallback} when absent. */
    public int count(String name, int min, int fallback) {
        Optional<String> v = optional(name);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.get());
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw fail(name, "'" + v.get() + "' must be a whole number of at least " + min);
    }

    public Optional<BigDecimal> decimal(String name) {
        return optional(name).map(v -> {
            try {
                return new BigDecimal(v);
            } catch (NumberFormatException e) {
                throw fail(name, "'" + v + "' must be a number");
            }
        });
    }

    public Optional<LocalDate> date(String name) {
        if (map.get(name) instanceof java.util.Date d) { // YAML reads an unquoted date as a timestamp
            return Optional.of(d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate());
        }
        return optional(name).map(v -> {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw fail(name, "'" + v + "' must be a date yyyy-mm-dd");
            }
        });
    }

    public List<String> list(String name) {
        Object v = map.get(name);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> l)) {
            throw fail(name, "must be a list");
        }
        List<String> out = new ArrayList<>();
        l.forEach(e -> out.add(String.valueOf(e).trim()));
        return out;
    }

    private InvalidManifestException fail(String name, String what) {
        return new InvalidManifestException(where + ": " + prefix + name + " " + what);
    }
}
