package io.gongzhi.platform.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Builds real PF4J plugin jars in tests: compiles Java sources against the test class path (SPI and
 * PF4J), writes the manifest ({@code Plugin-Id}, {@code Plugin-Version}, {@code Plugin-Requires},
 * optionally {@code Plugin-Class}) and {@code META-INF/extensions.idx}.
 */
public final class PluginJars {

    private PluginJars() {}

    /** A plugin's make-up. {@code sources} maps fully qualified class names to their source. */
    public record Spec(
            String id,
            String version,
            String requires,
            String pluginClass,
            Map<String, String> sources,
            List<String> extensions) {}

    public static Path build(Path dir, Spec spec) {
        try {
            Path classes = Files.createTempDirectory(dir, "classes-");
            compile(spec.sources(), classes);
            Path jar = dir.resolve(spec.id() + "-" + spec.version() + "-" + System.nanoTime() + ".jar");
            Manifest mf = new Manifest();
            Attributes a = mf.getMainAttributes();
            a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
            a.putValue("Plugin-Id", spec.id());
            a.putValue("Plugin-Version", spec.version());
            a.putValue("Plugin-Provider", "tests");
            if (spec.requires() != null) {
                a.putValue("Plugin-Requires", spec.requires());
            }
            if (spec.pluginClass() != null) {
                a.putValue("Plugin-Class", spec.pluginClass());
            }
            try (OutputStream out = Files.newOutputStream(jar);
                    JarOutputStream j = new JarOutputStream(out, mf)) {
                j.putNextEntry(new JarEntry("META-INF/extensions.idx"));
                j.write(String.join("\n", spec.extensions()).getBytes(StandardCharsets.UTF_8));
                j.closeEntry();
                try (Stream<Path> files = Files.walk(classes)) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        j.putNextEntry(
                                new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                        j.write(Files.readAllBytes(f));
                        j.closeEntry();
                    }
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void compile(Map<String, String> sources, Path out) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, code) -> units.add(
                new SimpleJavaFileObject(
                        URI.create("string:///" + name.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return code;
                    }
                }));
        List<String> options = List.of(
                "-d",
                out.toString(),
                "-classpath",
                System.getProperty("java.class.path"),
                "-proc:none",
                "--release",
                "21");
        var errors = new java.io.StringWriter();
        if (!javac.getTask(errors, null, null, options, null, units).call()) {
            throw new IllegalStateException("test plugin does not compile:\n" + errors);
        }
    }
}
