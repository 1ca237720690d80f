package io.gongzhi.platform.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Tenant manifests for tests: the demo ones of {@code tenants/}, plus extra ones a test needs. */
public final class TestTenants {

    private TestTenants() {}

    /** The ids of the demo tenants, read from the top-level {@code id:} of each manifest. */
    public static List<String> demoIds() {
        try (Stream<Path> files = Files.list(Deployments.tenantsDir())) {
            return files.filter(p -> p.toString().endsWith(".yaml"))
                    .map(TestTenants::topLevelId)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the demo tenants directory with extra manifests written into it. */
    public static Path demoPlus(String... extraManifests) {
        try {
            Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "tenants-");
            Path source = Deployments.tenantsDir();
            try (Stream<Path> all = Files.walk(source)) {
                for (Path p : all.toList()) {
                    Path target = dir.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
            return write(dir, extraManifests);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tenants directory holding only these manifests (no demo tenants). */
    public static Path only(String... manifests) {
        try {
            return write(Files.createTempDirectory(Path.of("target").toAbsolutePath(), "tenants-"), manifests);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path dir, String... manifests) throws IOException {
        for (String manifest : manifests) {
            String id = manifest.lines()
                    .filter(l -> l.startsWith("id:"))
                    .findFirst()
                    .orElseThrow()
                    .substring(3)
                    .trim();
            Files.writeString(dir.resolve(id + ".yaml"), manifest);
        }
        return dir;
    }

    /** A valid manifest for a test tenant. */
    public static String manifest(String id, String status) {
        return String.join(
                "\n",
                "id: " + id,
                "names:",
                "  zh: 测试区" + id,
                "  en: Test district " + id,
                "kind: district",
                "hosts: [" + id + ".test.localhost]",
                "branding:",
                "  primary: \"#123456\"",
                "  accent: \"#abcdef\"",
                "locale: zh-CN",
                "plugin:",
                "  id: " + id,
                "  version: \">=1.0.0 & <2.0.0\"",
                "identity:",
                "  realm: gov-" + id,
                "status: " + status,
                "");
    }

    private static String topLevelId(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(l -> l.startsWith("id:"))
                    .map(l -> l.substring(3).replaceAll("#.*", "").trim())
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(file + " has no top-level id"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
