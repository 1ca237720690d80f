package io.gongzhi.platform.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.cadres.control.CadreFigures;
import io.gongzhi.platform.cadres.entity.Cadre;
import io.gongzhi.platform.facilities.entity.Facility;
import io.gongzhi.platform.hierarchy.control.OrgUnits;
import io.gongzhi.platform.testsupport.IsolationFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo tenants' seed files (tenants/seeds) written into PostgreSQL come out at the field
 * reports' figures; a second run adds nothing; one tenant's seed is invisible to the others.
 */
class DemoSeedTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static IsolationFixture fx;
    static OrgUnits units;

    @BeforeAll
    static void seed() {
        fx = new IsolationFixture(2, "jianye", "miyi", "dujiangyan", "wuhan");
        units = new OrgUnits(() -> fx.sessions);
        for (String t : List.of("jianye", "miyi", "dujiangyan", "wuhan")) {
            apply(t);
        }
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    static int[] apply(String tenant) {
        SeedFile seed = SeedFile.read(seeds().resolve(tenant + ".yaml")).orElseThrow();
        SeedUnits.Outcome u = new SeedUnits(units, tenant).apply(seed);
        SeedRegisters r = new SeedRegisters(fx.sessions, units, tenant, TODAY);
        int orgs = r.organisations(seed.organisations());
        int facilities = seed.facilities().map(r::facilities).orElse(0);
        int cadres = seed.cadres().map(r::cadres).orElse(0);
        return new int[] {u.added(), u.merged(), orgs, facilities, cadres};
    }

    @Test
    void jianyeHasItsStreetsCommunitiesVillagesPartyOrganisationsAndSecretaries() {
        assertEquals(7, count("jianye", "street", TODAY));
        assertEquals(38, count("jianye", "community", TODAY));
        assertEquals(18, count("jianye", "village", TODAY));
        assertEquals(553L, rows("jianye", "Organisation"));
        CadreFigures f = figures("jianye", LocalDate.of(2010, 12, 31));
        assertEquals(38, f.cadres());
        assertEquals(0, new BigDecimal("43.2").compareTo(f.averageAge()), f.toString());
        assertEquals(0, new BigDecimal("73.68").compareTo(f.shareWithDegree()), f.toString());
    }

    @Test
    void miyisMergerKeeps87VillagesInThePastAnd73TodayAndItsRegistersMatchTheSurvey() {
        assertEquals(87, count("miyi", "village", LocalDate.of(2019, 12, 31)));
        assertEquals(73, count("miyi", "village", TODAY));
        assertEquals(86, count("miyi", "village", TODAY) + count("miyi", "community", TODAY));
        assertEquals(11, count("miyi", "town", TODAY));
        assertEquals(133L, rows("miyi", "Organisation"));
        List<Facility> facilities =
                fx.sessions.inTenant("miyi", em -> em.createQuery("select f from Facility f", Facility.class)
                        .getResultList());
        assertEquals(86, facilities.size());
        assertEquals(
                33,
                facilities.stream()
                        .filter(f -> f.office().add(f.activity()).compareTo(BigDecimal.valueOf(300)) < 0)
                        .count());
        CadreFigures f = figures("miyi", LocalDate.of(2021, 8, 31));
        assertEquals(671, f.cadres());
        assertEquals(0, new BigDecimal("41").compareTo(f.averageAge()), f.toString());
        assertEquals(0, new BigDecimal("29.36").compareTo(f.shareUnder35()), f.toString());
        assertEquals(0, new BigDecimal("32.49").compareTo(f.shareWithDegree()), "218 of 671: " + f);
    }

    @Test
    void dujiangyanHasTheCommunitiesTheReportNames() {
        assertTrue(units.byPath("dujiangyan", "kuiguangta/longtanwan", TODAY).isPresent());
        assertTrue(units.byPath("dujiangyan", "zhongxing/jiunong", TODAY).isPresent());
        assertEquals(6, count("dujiangyan", "community", TODAY));
    }

    @Test
    void wuhanHasTheScaleCasesUnits() {
        assertEquals(106, count("wuhan", "street", TODAY));
        assertEquals(3213, count("wuhan", "community", TODAY));
        assertEquals(16962, count("wuhan", "grid", TODAY));
        assertEquals(5862L, rows("wuhan", "Organisation"));
    }

    @Test
    void aSecondRunAddsNothing() {
        for (String t : List.of("jianye", "miyi", "wuhan")) {
            int[] again = apply(t);
            assertEquals(
                    List.of(0, 0, 0, 0, 0),
                    java.util.Arrays.stream(again).boxed().toList(),
                    t);
        }
    }

    @Test
    void oneTenantsSeedIsInvisibleToAnother() {
        assertEquals(0, count("jianye", "grid", TODAY), "Wuhan's grids are Wuhan's");
        assertEquals(0L, rows("jianye", "Facility"), "Miyi's facilities are Miyi's");
        assertEquals(0, count("wuhan", "village", LocalDate.of(2019, 12, 31)));
    }

    private static long count(String tenant, String level, LocalDate on) {
        return units.list(tenant, new OrgUnits.Query(null, level, null, on, "path", 1, 0))
                .total();
    }

    private static long rows(String tenant, String entity) {
        return fx.sessions.inTenant(tenant, em -> em.createQuery("select count(x) from " + entity + " x", Long.class)
                .getSingleResult());
    }

    private static CadreFigures figures(String tenant, LocalDate on) {
        return CadreFigures.of(
                fx.sessions.inTenant(tenant, em -> em.createQuery("select c from Cadre c", Cadre.class)
                        .getResultList()),
                on);
    }

    private static Path seeds() {
        return Path.of(System.getProperty("tenants.dir", "../../tenants")).resolve("seeds");
    }
}
