package io.gongzhi.platform.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.hierarchy.control.OrgUnits;
import io.gongzhi.platform.imports.control.RegisterImport;
import io.gongzhi.platform.people.control.ResidentFields;
import io.gongzhi.platform.people.control.ResidentRegister;
import io.gongzhi.platform.testsupport.IsolationFixture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 100,000-row residents file through both passes on PostgreSQL: every row written, progress
 * reported all along, and a second tenant untouched. Prints the time of each pass (a figure for
 * the notes, not an assertion).
 */
class LargeImportTest {

    static final int ROWS = 100_000;

    static IsolationFixture fx;

    @BeforeAll
    static void database() {
        fx = new IsolationFixture(3, "alpha", "beta");
        OrgUnits units = new OrgUnits(() -> fx.sessions);
        LocalDate since = LocalDate.of(2000, 1, 1);
        units.create("alpha", null, "nanyuan", "street", "南园街道", null, since);
        for (int c = 0; c < 10; c++) {
            units.create("alpha", "nanyuan", "c" + c, "community", "社区" + c, null, since);
        }
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    @Test
    void aHundredThousandRowsAreWrittenWithProgressAllAlong() {
        List<RegisterImport.Row<ResidentFields>> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(new RegisterImport.Row<>(
                    i + 2,
                    new ResidentFields(
                            "居民" + i,
                            idNumber(i),
                            "139" + String.format("%08d", i),
                            "南园街道" + i + "号",
                            "H" + i / 3,
                            "nanyuan/c" + (i % 10),
                            i % 7 == 0 ? List.of("elderly") : List.of()),
                    0));
        }
        RegisterImport<ResidentFields> importer = new RegisterImport<>(new ResidentRegister(), () -> fx.sessions);
        List<Integer> checked = new ArrayList<>();
        long t0 = System.nanoTime();
        List<String> errors =
                importer.check(rows, u -> true, u -> true, (line, e) -> line + " " + e.key(), (d, t) -> checked.add(d));
        long t1 = System.nanoTime();
        List<Integer> written = new ArrayList<>();
        RegisterImport.Result r = importer.write("alpha", rows, u -> true, (d, t) -> written.add(d));
        long t2 = System.nanoTime();
        System.out.printf(
                "import of %,d rows: check %.1f s, write %.1f s (%,.0f rows/s), %d progress reports%n",
                ROWS, (t1 - t0) / 1e9, (t2 - t1) / 1e9, ROWS / ((t2 - t1) / 1e9), checked.size() + written.size());
        assertEquals(List.of(), errors.subList(0, Math.min(5, errors.size())));
        assertEquals(ROWS, r.created());
        assertTrue(written.size() >= ROWS / RegisterImport.STEP, "progress after every thousand rows");
        assertEquals(ROWS, (int) written.get(written.size() - 1));
        long count = fx.sessions.inTenant("alpha", em -> em.createQuery("select count(r) from Resident r", Long.class)
                .getSingleResult());
        assertEquals(ROWS, count);
        long beta = fx.sessions.inTenant("beta", em -> em.createQuery("select count(r) from Resident r", Long.class)
                .getSingleResult());
        assertEquals(0, beta);
    }

    /** A distinct valid GB 11643 number for person {@code i} (i below 50 x 28 x 1000). */
    static String idNumber(int i) {
        String body = "110105" + (1950 + i % 50) + "01" + String.format("%02d", 1 + (i / 50000) % 28)
                + String.format("%03d", (i / 50) % 1000);
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (body.charAt(k) - '0') * w[k];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
