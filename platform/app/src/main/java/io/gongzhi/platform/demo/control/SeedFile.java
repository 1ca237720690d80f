package io.gongzhi.platform.demo.control;

import io.gongzhi.platform.tenancy.control.InvalidManifestException;
import io.gongzhi.platform.tenancy.control.YamlFields;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The {@code demo} section of a tenant's seed file: what to generate so the demo tenant shows the
 * figures of its field report. Names are patterns: {@code {n}} is the running number, {@code {unit}}
 * the name of the unit the record belongs to.
 */
public record SeedFile(
        LocalDate since,
        List<Named> named,
        List<Level> levels,
        Optional<Merger> merger,
        List<Organisations> organisations,
        Optional<Facilities> facilities,
        Optional<Cadres> cadres) {

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    /** A unit the report names, with its parent's code (null: at the top). */
    public record Named(String level, String code, String zh, String en, String parent) {}

    /** Generate units of {@code level} until there are {@code count}, spread over the units of {@code under}. */
    public record Level(String level, int count, String under, String zh, String en) {}

    /** Merge units of {@code level} into their neighbours until {@code into} are left, from {@code effective}. */
    public record Merger(String level, int into, LocalDate effective) {}

    public record Organisations(String kind, int count, List<String> at, String zh) {}

    /** One facility per unit of the levels {@code at}; {@code under300} of them below 300 m² in all. */
    public record Facilities(List<String> at, int under300, int households, String zh) {}

    /**
     * Cadres spread over the units of the levels {@code at}, {@code count} of them, {@code under35}
     * younger than 35 and {@code degree} with {@code degreeFrom} or better ({@code graduates} of those
     * with a master's), averaging {@code averageAge} on {@code asOf}.
     */
    public record Cadres(
            List<String> at,
            String post,
            int count,
            BigDecimal averageAge,
            int under35,
            int degree,
            String degreeFrom,
            int graduates,
            LocalDate asOf,
            String zh) {}

    /** The demo section of the file, or empty when the file has none. */
    public static Optional<SeedFile> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidManifestException(file + ": cannot be read: " + e.getMessage(), e);
        }
        Object doc;
        try {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (RuntimeException e) {
            throw new InvalidManifestException(file + ": is not valid YAML: " + e.getMessage(), e);
        }
        if (!(doc instanceof Map<?, ?> map)) {
            throw new InvalidManifestException(file + ": must be a mapping");
        }
        return new YamlFields(file.toString(), map).optionalSection("demo").map(SeedFile::of);
    }

    static SeedFile of(YamlFields d) {
        return new SeedFile(
                d.date("since").orElse(LocalDate.of(2000, 1, 1)),
                d.sections("named").stream()
                        .map(u -> new Named(
                                u.text("level", CODE, "a level code"),
                                u.text("code", CODE, "a unit code: a-z, 0-9 and '-'"),
                                u.text("zh", null, null),
                                u.optional("en").orElse(null),
                                u.optional("parent").orElse(null)))
                        .toList(),
                d.sections("units").stream()
                        .map(u -> new Level(
                                u.text("level", CODE, "a level code"),
                                u.count("count", 1, 0),
                                u.optional("under").orElse(null),
                                u.text("zh", null, null),
                                u.optional("en").orElse(null)))
                        .toList(),
                d.optionalSection("merger")
                        .map(m -> new Merger(
                                m.text("level", CODE, "a level code"),
                                m.count("into", 1, 0),
                                m.date("effective").orElseThrow(() -> missing(m, "effective"))))
                        .filter(m -> m.into() > 0),
                d.sections("organisations").stream()
                        .map(o -> new Organisations(
                                o.text("kind", CODE, "an organisation kind"),
                                o.count("count", 1, 0),
                                o.list("at"),
                                o.text("zh", null, null)))
                        .toList(),
                d.optionalSection("facilities")
                        .map(f -> new Facilities(
                                f.list("at"),
                                f.count("under300", 0, 0),
                                f.count("households", 0, 0),
                                f.optional("zh").orElse("{unit}党群服务中心"))),
                d.optionalSection("cadres").map(SeedFile::cadres));
    }

    private static Cadres cadres(YamlFields c) {
        return new Cadres(
                c.list("at"),
                c.optional("post").orElse("member"),
                c.count("count", 1, 0),
                c.decimal("averageAge").orElseThrow(() -> missing(c, "averageAge")),
                c.count("under35", 0, 0),
                c.count("degree", 0, 0),
                c.optional("degreeFrom").orElse("associate"),
                c.count("graduates", 0, 0),
                c.date("asOf").orElseThrow(() -> missing(c, "asOf")),
                c.optional("zh").orElse("干部{n}"));
    }

    private static InvalidManifestException missing(YamlFields f, String name) {
        return new InvalidManifestException(f.where() + ": " + f.prefix() + name + " is required");
    }
}
