package io.gongzhi.platform.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Locality plugins for engine tests, built as real jars. Each has a small valid model and a
 * router whose behaviour the test chooses: answer with a tier (naming its version in the reason),
 * throw, or hang.
 */
public final class TestPlugins {

    public static final String SPI_RANGE = ">=1.0.0 & <2.0.0";

    /** How the plugin's router behaves. */
    public enum Router {
        ANSWERS,
        THROWS,
        HANGS
    }

    private TestPlugins() {}

    public static Path build(Path dir, String id, String version, Router router) {
        return build(dir, id, version, SPI_RANGE, router, false);
    }

    public static Path build(
            Path dir, String id, String version, String requires, Router router, boolean failsToStart) {
        String pkg = "test." + id.replace('-', '_');
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put(pkg + ".Model", model(pkg, id));
        sources.put(pkg + ".Router", router(pkg, version, router));
        List<String> extensions = new ArrayList<>(List.of(pkg + ".Model", pkg + ".Router"));
        String pluginClass = null;
        if (failsToStart) {
            pluginClass = pkg + ".Failing";
            sources.put(
                    pluginClass,
                    "package " + pkg + "; public class Failing extends org.pf4j.Plugin {"
                            + " @Override public void start() { throw new IllegalStateException(\"the locality database is missing\"); } }");
        }
        return PluginJars.build(dir, new PluginJars.Spec(id, version, requires, pluginClass, sources, extensions));
    }

    private static String router(String pkg, String version, Router behaviour) {
        String body =
                switch (behaviour) {
                    case ANSWERS ->
                        "return java.util.Optional.of(new RoutingDecision(\"grid\", Text.of(\"版本" + version
                                + "\", \"version " + version + "\")));";
                    case THROWS -> "throw new IllegalStateException(\"router bug\");";
                    case HANGS ->
                        "try { Thread.sleep(60_000); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }"
                                + " return java.util.Optional.empty();";
                };
        return "package " + pkg + ";\n"
                + "import io.gongzhi.spi.*; import io.gongzhi.spi.model.*;\n"
                + "@org.pf4j.Extension public class Router implements CaseRouter {\n"
                + "  public java.util.Optional<RoutingDecision> route(CaseFacts facts, PlatformContext context) { "
                + body + " }\n"
                + "}\n";
    }

    private static String model(String pkg, String id) {
        return "package " + pkg + ";\n"
                + "import io.gongzhi.spi.*; import io.gongzhi.spi.model.*; import java.util.*; import java.math.BigDecimal;\n"
                + "@org.pf4j.Extension public class Model implements LocalityModel {\n"
                + "  static Text t(String s) { return Text.of(s + \"(中)\", s); }\n"
                + "  public GovernanceModel model() {\n"
                + "    return new GovernanceModel(\"" + id + "\", t(\"test model\"), t(\"a model for tests\"),\n"
                + "      List.of(new Level(\"district\", t(\"district\"), List.of(\"community\"), null, false),\n"
                + "              new Level(\"community\", t(\"community\"), List.of(\"grid\"), null, false),\n"
                + "              new Level(\"grid\", t(\"grid\"), List.of(), 300, true)),\n"
                + "      List.of(new Role(\"grid-worker\", t(\"grid worker\"), \"grid-worker\"), new Role(\"director\", t(\"director\"), \"community-staff\")),\n"
                + "      List.of(new Body(\"committee\", t(\"committee\"), \"community\", \"autonomy\", List.of(\"director\"))),\n"
                + "      List.of(new RoutingTier(\"grid\", t(\"grid\"), 1, \"grid\", \"grid-worker\"),\n"
                + "              new RoutingTier(\"community\", t(\"community\"), 2, \"community\", \"director\")),\n"
                + "      List.of(new CaseCategory(\"parking\", t(\"parking\"), \"community\", TimeLimit.workingDays(2), 100, 7)),\n"
                + "      List.of(new Procedure(\"vote\", t(\"vote\"), List.of(new Procedure.Step(\"decide\", t(\"decide\"), \"committee\", 50, 50, true)))),\n"
                + "      List.of(new ServiceItem(\"certificate\", t(\"certificate\"), \"admin\", true, TimeLimit.workingDays(3))),\n"
                + "      List.of(new EvaluationScheme(\"poll\", t(\"poll\"), \"quarterly\", List.of(new EvaluationScheme.Criterion(\"satisfaction\", t(\"satisfaction\"), 100)))),\n"
                + "      List.of(\"service\"),\n"
                + "      List.of(new Indicator(\"closure\", t(\"closure\"), \"service\", \"percent\", \"platform\", \"cases.closed / cases.reported\", null)),\n"
                + "      List.of(new PortalSection(\"report\", t(\"report\"), \"report\", 1)),\n"
                + "      List.of(new ConfigOption(\"patrols\", t(\"patrols a day\"), ConfigOption.Type.INTEGER, \"2\", 1L, 6L)),\n"
                + "      new DemoData(List.of(new DemoData.Unit(\"district\", \"d1\", t(\"d1\"), null), new DemoData.Unit(\"community\", \"c1\", t(\"c1\"), \"d1\")),\n"
                + "                   Map.of(\"communities\", BigDecimal.ONE)));\n"
                + "  }\n"
                + "}\n";
    }
}
