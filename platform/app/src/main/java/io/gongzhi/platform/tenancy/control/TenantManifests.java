package io.gongzhi.platform.tenancy.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads and validates tenant manifests. Parsing is safe (plain maps, no object construction from
 * YAML tags) and strict: a missing or malformed field fails the manifest with a message naming the
 * file and the field, and other manifests still apply.
 */
public final class TenantManifests {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    static final Pattern HOST =
            Pattern.compile("(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    static final Pattern REALM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");
    static final int MAX_LOGO_BYTES = 64 * 1024;
    static final List<String> KINDS = List.of("district", "county", "city");

    private TenantManifests() {}

    /** Every {@code *.yaml} directly in {@code dir}, in file name order. */
    public static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
    }

    public static TenantManifest read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidManifestException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return parse(file.toString(), text, file);
    }

    /**
     * A manifest sent by the operator API (JSON is YAML, so the same reader and the same checks).
     * Its {@code branding.logo} cannot name a file; the tenant gets the default logo.
     */
    public static TenantManifest parse(String text) {
        return parse("tenant", text, null);
    }

    private static TenantManifest parse(String where, String text, Path file) {
        Object doc;
        try {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (RuntimeException e) {
            throw new InvalidManifestException(where + ": is not valid YAML or JSON: " + e.getMessage(), e);
        }
        if (!(doc instanceof Map<?, ?> map)) {
            throw new InvalidManifestException(where + ": must be a mapping with the tenant's fields");
        }
        YamlFields f = new YamlFields(where, map);
        String id = f.text("id", ID, "a slug of 2-63 characters: a-z, 0-9 and '-'");
        if (file != null && !file.getFileName().toString().equals(id + ".yaml")) {
            throw new InvalidManifestException(where + ": id '" + id + "' must match the file name "
                    + file.getFileName() + " (rename the file or change the id)");
        }
        YamlFields names = f.section("names");
        YamlFields branding = f.section("branding");
        YamlFields plugin = f.section("plugin");
        YamlFields identity = f.section("identity");
        String kind = f.text("kind", null, null).toLowerCase(Locale.ROOT);
        if (!KINDS.contains(kind)) {
            throw new InvalidManifestException(where + ": kind must be one of " + KINDS + ", not '" + kind + "'");
        }
        List<String> hosts = f.list("hosts").stream()
                .map(h -> h.toLowerCase(Locale.ROOT))
                .peek(h -> {
                    if (!HOST.matcher(h).matches()) {
                        throw new InvalidManifestException(where + ": hosts: '" + h + "' is not a host name");
                    }
                })
                .toList();
        String status = f.optional("status").orElse("active").toLowerCase(Locale.ROOT);
        if (!status.equals("active") && !status.equals("suspended")) {
            throw new InvalidManifestException(
                    where + ": status must be 'active' or 'suspended', not '" + status + "'");
        }
        String logoSvg = branding.optional("logo")
                .map(l -> {
                    if (file == null) {
                        throw new InvalidManifestException(
                                where + ": branding.logo names a file; " + "a logo can only be set in a manifest file");
                    }
                    return logo(file, l);
                })
                .orElse(null);
        return new TenantManifest(
                id,
                names.text("zh", null, null),
                names.text("en", null, null),
                kind,
                hosts,
                branding.text("primary", COLOR, "a colour #rrggbb"),
                branding.text("accent", COLOR, "a colour #rrggbb"),
                logoSvg,
                f.text("locale", null, null),
                f.optional("timezone").orElse("Asia/Shanghai"),
                plugin.text("id", ID, "a plugin id: a-z, 0-9 and '-'"),
                plugin.text("version", null, null),
                identity.text("realm", REALM, "a realm name: letters, digits, '_' and '-'"),
                f.optional("seed").orElse(null),
                status.equals("suspended"),
                sha256(text + "\n" + (logoSvg == null ? "" : logoSvg)));
    }

    private static String logo(Path manifest, String relative) {
        Path base = manifest.getParent().toAbsolutePath().normalize();
        Path file = base.resolve(relative).normalize();
        if (!file.startsWith(base)) {
            throw new InvalidManifestException(manifest + ": branding.logo must stay inside " + base);
        }
        try {
            if (Files.size(file) > MAX_LOGO_BYTES) {
                throw new InvalidManifestException(
                        manifest + ": branding.logo is larger than " + MAX_LOGO_BYTES + " bytes");
            }
            String svg = Files.readString(file, StandardCharsets.UTF_8);
            String lower = svg.toLowerCase(Locale.ROOT);
            if (!lower.contains("<svg")
                    || lower.contains("<script")
                    || lower.contains("javascript:")
                    || lower.contains("<foreignobject")
                    || Pattern.compile("\\son[a-z]+\\s*=").matcher(lower).find()) {
                throw new InvalidManifestException(
                        manifest + ": branding.logo must be a plain SVG image without scripts");
            }
            return svg;
        } catch (IOException e) {
            throw new InvalidManifestException(
                    manifest + ": branding.logo " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    static String sha256(String text) {
        return io.gongzhi.platform.runtime.Hashes.sha256(text);
    }
}
