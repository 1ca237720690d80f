package io.gongzhi.platform.people;

import io.gongzhi.platform.hierarchy.HierarchyScaleBench;
import io.gongzhi.platform.hierarchy.control.OrgUnits;
import io.gongzhi.platform.identity.control.Units;
import io.gongzhi.platform.people.entity.Household;
import io.gongzhi.platform.testsupport.IsolationFixture;
import io.gongzhi.platform.testsupport.TestDatabases;
import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * Benchmark (not part of {@code mvn verify}; run {@code platform/bench/households.sh}): the Wuhan
 * scale case's households, about 300 a grid over its 16,962 grids (5,088,600), generated and
 * written with PostgreSQL's COPY (as the superuser: COPY is refused under forced row-level security) next to the 20,297 units, then the households register's queries
 * as the application role under row-level security: a street's count and first page, a community's,
 * one household by number, and what another tenant sees. Prints figures; asserts nothing.
 */
class HouseholdScaleBench {

    static final int PER_GRID = 300;

    @Test
    void wuhan() throws Exception {
        try (IsolationFixture fx = new IsolationFixture(4, "wuhan", "other")) {
            OrgUnits units = new OrgUnits(() -> fx.sessions);
            List<OrgUnits.NewUnit> tree = HierarchyScaleBench.tree();
            units.load("wuhan", tree, HierarchyScaleBench.FROM);
            List<String> grids = tree.stream()
                    .filter(u -> u.level().equals("grid"))
                    .map(u -> u.parentPath() + "/" + u.code())
                    .toList();
            long t0 = System.nanoTime();
            long rows;
            // as the superuser: PostgreSQL refuses COPY into a table with forced row-level security,
            // even for its owner ("COPY FROM not supported with row-level security")
            String database = fx.db.url().substring(fx.db.url().lastIndexOf('/') + 1);
            try (Connection c = TestDatabases.adminConnection(database)) {
                rows = ((PGConnection) c.unwrap(PGConnection.class))
                        .getCopyAPI()
                        .copyIn(
                                "COPY household (tenant_id, id, code, unit, address, version) FROM STDIN (FORMAT csv)",
                                new Generated(grids));
                long t1 = System.nanoTime();
                try (Statement st = c.createStatement()) {
                    st.execute("analyze household");
                }
                System.out.printf(
                        "generated and copied %,d households in %.1f s (%,.0f rows/s), analyzed in %.1f s%n",
                        rows, (t1 - t0) / 1e9, rows / ((t1 - t0) / 1e9), (System.nanoTime() - t1) / 1e9);
            }
            String street = "d3/s19";
            String community = "d3/s19/c19";
            time(fx, "a street: count + first page of 50", street, 50);
            time(fx, "a community: count + first page of 50", community, 50);
            time(fx, "a grid: count + first page of 50", grids.get(grids.size() / 2), 50);
            timeOne(fx, "one household by number", "W2500000");
            long other =
                    fx.sessions.inTenant("other", em -> em.createQuery("select count(h) from Household h", Long.class)
                            .getSingleResult());
            System.out.printf("another tenant counts %,d of them%n", other);
        }
    }

    /** CSV rows of households, 300 per grid, made as COPY reads them. */
    static final class Generated extends Reader {
        private final List<String> grids;
        private int grid;
        private int n;
        private String pending = "";
        private int at;

        Generated(List<String> grids) {
            this.grids = grids;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            if (at == pending.length()) {
                if (grid == grids.size()) {
                    return -1;
                }
                StringBuilder sb = new StringBuilder(PER_GRID * 120);
                for (int i = 0; i < PER_GRID; i++, n++) {
                    sb.append("wuhan,")
                            .append(UUID.randomUUID())
                            .append(",W")
                            .append(n)
                            .append(',')
                            .append(grids.get(grid))
                            .append(",武汉市演示路")
                            .append(n % 500)
                            .append("号")
                            .append(n % 30 + 1)
                            .append("栋")
                            .append(n % 6 + 1)
                            .append("单元")
                            .append(n % 2000)
                            .append(",0\n");
                }
                grid++;
                pending = sb.toString();
                at = 0;
            }
            int k = Math.min(len, pending.length() - at);
            pending.getChars(at, at + k, buf, off);
            at += k;
            return k;
        }

        @Override
        public void close() throws IOException {}
    }

    private static void time(IsolationFixture fx, String what, String under, int page) {
        long[] total = new long[1];
        run(
                what,
                () -> fx.sessions.inTenant("wuhan", em -> {
                    var count = em.createQuery(
                            "select count(h) from Household h where " + Units.subtree("h.unit", "u"), Long.class);
                    Units.bindSubtree(count::setParameter, "u", under);
                    var items = em.createQuery(
                            "select h from Household h where " + Units.subtree("h.unit", "u")
                                    + " order by h.unit, h.code",
                            Household.class);
                    Units.bindSubtree(items::setParameter, "u", under);
                    total[0] = count.getSingleResult();
                    return items.setMaxResults(page).getResultList().size();
                }));
        System.out.printf("    (%,d households)%n", total[0]);
    }

    private static void timeOne(IsolationFixture fx, String what, String code) {
        run(
                what,
                () -> fx.sessions.inTenant(
                        "wuhan", em -> em.createQuery("select h from Household h where h.code = :c", Household.class)
                                .setParameter("c", code)
                                .getResultList()
                                .size()));
    }

    private static void run(String what, Supplier<Integer> query) {
        for (int i = 0; i < 10; i++) {
            query.get();
        }
        long[] ns = new long[100];
        for (int i = 0; i < ns.length; i++) {
            long t = System.nanoTime();
            query.get();
            ns[i] = System.nanoTime() - t;
        }
        Arrays.sort(ns);
        System.out.printf("%-42s p50 %7.2f ms   p99 %7.2f ms%n", what, ns[49] / 1e6, ns[98] / 1e6);
    }
}
