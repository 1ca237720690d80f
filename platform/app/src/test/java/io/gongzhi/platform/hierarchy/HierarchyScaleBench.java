package io.gongzhi.platform.hierarchy;

import io.gongzhi.platform.hierarchy.control.OrgUnits;
import io.gongzhi.platform.testsupport.IsolationFixture;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (not part of {@code mvn verify}; run {@code platform/bench/hierarchy.sh}): the Wuhan
 * scale case, 16 districts, 106 streets, 3,213 communities and 16,962 grids in one tenant next to
 * a second tenant of the same size, then subtree queries at every level. Prints load time, the
 * median and 99th percentile of each query and PostgreSQL's plan for a subtree count.
 */
public class HierarchyScaleBench {

    static final int DISTRICTS = 16;
    static final int STREETS = 106;
    static final int COMMUNITIES = 3213;
    static final int GRIDS = 16962;
    public static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    static final LocalDate ON = LocalDate.of(2026, 6, 30);

    @Test
    void wuhan() throws Exception {
        try (IsolationFixture fx = new IsolationFixture(4, "wuhan", "other")) {
            OrgUnits units = new OrgUnits(() -> fx.sessions);
            List<OrgUnits.NewUnit> tree = tree();
            long t0 = System.nanoTime();
            int n = units.load("wuhan", tree, FROM);
            long t1 = System.nanoTime();
            units.load("other", tree, FROM);
            System.out.printf(
                    "loaded %,d units in %.1f s (%,.0f units/s), and the same again for a second tenant%n",
                    n, (t1 - t0) / 1e9, n / ((t1 - t0) / 1e9));
            try (Connection c = DriverManager.getConnection(fx.db.url(), fx.db.ownerUser(), fx.db.ownerPassword());
                    Statement st = c.createStatement()) {
                st.execute("analyze org_unit");
            }
            time("whole city, count + first page", () -> units.list("wuhan", q(null, null)));
            time("one district subtree (~1,300 units)", () -> units.list("wuhan", q("d3", null)));
            time("one district's grids (level filter)", () -> units.list("wuhan", q("d3", "grid")));
            time("one street subtree (~190 units)", () -> units.list("wuhan", q("d3/s19", null)));
            time("one community subtree (~6 units)", () -> units.list("wuhan", q("d3/s19/c19", null)));
            explain(fx);
        }
    }

    private static OrgUnits.Query q(String under, String level) {
        return new OrgUnits.Query(under, level, null, ON, "path", 100, 0);
    }

    private static void time(String what, Supplier<OrgUnits.Page> query) {
        for (int i = 0; i < 10; i++) {
            query.get();
        }
        long[] ns = new long[100];
        long total = 0;
        for (int i = 0; i < ns.length; i++) {
            long t = System.nanoTime();
            total = query.get().total();
            ns[i] = System.nanoTime() - t;
        }
        Arrays.sort(ns);
        System.out.printf("%-40s %,7d units   p50 %6.2f ms   p99 %6.2f ms%n", what, total, ns[49] / 1e6, ns[98] / 1e6);
    }

    private static void explain(IsolationFixture fx) throws Exception {
        try (Connection c = DriverManager.getConnection(fx.db.url(), fx.db.user(), fx.db.password());
                Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("select set_config('app.tenant_id', 'wuhan', true)");
            try (ResultSet rs = st.executeQuery(
                    "explain analyze select count(*) from org_unit where tenant_id = 'wuhan' and (path = 'd3/s19' or (path >= 'd3/s19/' and path < 'd3/s190'))"
                            + " and valid_from <= date '2026-06-30' and (valid_to is null or valid_to > date '2026-06-30')")) {
                System.out.println("plan of a street's subtree count:");
                while (rs.next()) {
                    System.out.println("  " + rs.getString(1));
                }
            }
            c.rollback();
        }
    }

    /** Districts d0..d15, streets d/sN, communities d/s/cN, grids d/s/c/gN, spread evenly. */
    public static List<OrgUnits.NewUnit> tree() {
        List<OrgUnits.NewUnit> out = new ArrayList<>();
        String[] paths = new String[DISTRICTS];
        for (int d = 0; d < DISTRICTS; d++) {
            out.add(new OrgUnits.NewUnit("d" + d, "district", "区" + d, null, null));
            paths[d] = "d" + d;
        }
        paths = level(out, paths, STREETS, "s", "street", "街道");
        paths = level(out, paths, COMMUNITIES, "c", "community", "社区");
        level(out, paths, GRIDS, "g", "grid", "网格");
        return out;
    }

    private static String[] level(
            List<OrgUnits.NewUnit> out, String[] parents, int count, String prefix, String level, String name) {
        String[] paths = new String[count];
        for (int i = 0; i < count; i++) {
            String parent = parents[i % parents.length];
            out.add(new OrgUnits.NewUnit(prefix + i, level, name + i, null, parent));
            paths[i] = parent + "/" + prefix + i;
        }
        return paths;
    }
}
