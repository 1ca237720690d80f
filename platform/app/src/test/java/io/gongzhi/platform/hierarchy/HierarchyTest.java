package io.gongzhi.platform.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.hierarchy.control.OrgUnits;
import io.gongzhi.platform.hierarchy.entity.OrgUnit;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.testsupport.IsolationFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hierarchy on PostgreSQL: subtrees by path, filters, effective dates, a village merger that
 * keeps the past readable, optimistic renames, and two tenants with the same paths.
 */
class HierarchyTest {

    static final LocalDate START = LocalDate.of(2015, 1, 1);
    static final LocalDate MERGER = LocalDate.of(2020, 1, 1);

    static IsolationFixture fx;
    static OrgUnits units;

    @BeforeAll
    static void tree() {
        fx = new IsolationFixture(2, "alpha", "beta");
        units = new OrgUnits(() -> fx.sessions);
        for (String t : List.of("alpha", "beta")) {
            units.create(t, null, "nanyuan", "street", "南园街道", "Nanyuan", START);
            units.create(t, "nanyuan", "lanhua", "community", "兰花社区", "Lanhua", START);
            units.create(t, "nanyuan", "meihua", "community", "梅花社区", "Meihua", START);
            units.create(t, "nanyuan/lanhua", "grid-1", "grid", "兰花一网格", null, START);
        }
        units.create("alpha", null, "nanyuanxi", "street", "南园西街道", null, START);
        units.create("alpha", "nanyuanxi", "lanhuaxi", "community", "兰花西社区", null, START);
        units.create("alpha", null, "xiangcun", "town", "乡村镇", null, START);
        for (String v : List.of("v1", "v2", "v3")) {
            units.create("alpha", "xiangcun", v, "village", "村" + v, null, START);
        }
        units.create("alpha", "xiangcun/v1", "group-1", "group", "一组", null, START);
        units.merge("alpha", List.of("xiangcun/v1", "xiangcun/v2"), "xiangcun/v3", MERGER);
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    @Test
    void aSubtreeIsItsPathAndEverythingBelowNotItsNamesakes() {
        List<String> paths = paths(query("nanyuan", null, null, LocalDate.of(2024, 1, 1)));
        assertEquals(
                List.of("nanyuan", "nanyuan/lanhua", "nanyuan/lanhua/grid-1", "nanyuan/meihua"),
                paths,
                "nanyuanxi starts with the same letters and is not under nanyuan");
    }

    @Test
    void levelAndNameFilterAndTheTotalCountsEveryMatch() {
        OrgUnits.Page communities = units.list(
                "alpha", new OrgUnits.Query(null, "community", null, LocalDate.of(2024, 1, 1), "name", 2, 0));
        assertEquals(3, communities.total());
        assertEquals(2, communities.items().size(), "one page");
        assertEquals(List.of("nanyuan/lanhua"), paths(query(null, null, "兰花社", LocalDate.of(2024, 1, 1))));
    }

    @Test
    void theVillageMergerKeepsThePastAndMapsItToTheMergedVillage() {
        assertEquals(
                List.of("xiangcun/v1", "xiangcun/v2", "xiangcun/v3"),
                paths(units.list(
                        "alpha", new OrgUnits.Query("xiangcun", "village", null, MERGER.minusDays(1), "path", 50, 0))),
                "before the merger: three villages");
        assertEquals(
                List.of("xiangcun/v3"),
                paths(units.list("alpha", new OrgUnits.Query("xiangcun", "village", null, MERGER, "path", 50, 0))),
                "from the merger day: one");
        assertEquals(
                List.of("xiangcun/v1/group-1"),
                paths(query("xiangcun/v1", "group", null, MERGER.minusDays(1))),
                "the old group is still where it was in the past");
        assertEquals(List.of("xiangcun/v3/group-1"), paths(query("xiangcun/v3", "group", null, MERGER)));
        OrgUnit v3 = units.byPath("alpha", "xiangcun/v3", MERGER).orElseThrow();
        List<String> before = units.predecessors("alpha", v3.id()).stream()
                .map(OrgUnit::path)
                .sorted()
                .toList();
        assertEquals(List.of("xiangcun/v1", "xiangcun/v2"), before);
        OrgUnit oldGroup = units.byPath("alpha", "xiangcun/v1/group-1", MERGER.minusDays(1))
                .orElseThrow();
        OrgUnit newGroup = units.byPath("alpha", "xiangcun/v3/group-1", MERGER).orElseThrow();
        assertEquals(newGroup.id(), oldGroup.successorId());
    }

    @Test
    void aMergeThatCannotBeDoneChangesNothing() {
        ProblemException e = assertThrows(
                ProblemException.class,
                () -> units.merge(
                        "alpha", List.of("nanyuan/meihua", "nanyuan"), "nanyuan/lanhua", LocalDate.of(2024, 1, 1)));
        assertEquals("merge-mismatch", e.key(), "a street does not merge into a community");
        assertTrue(
                units.byPath("alpha", "nanyuan/meihua", LocalDate.of(2024, 6, 1))
                        .isPresent(),
                "the first, valid part was rolled back with the rest");
    }

    @Test
    void aStaleRenameIsRefusedAndADuplicatePathToo() {
        OrgUnit meihua =
                units.byPath("beta", "nanyuan/meihua", LocalDate.of(2024, 1, 1)).orElseThrow();
        OrgUnit renamed = units.rename("beta", meihua.id(), meihua.version(), "梅花新社区", "Meihua New");
        assertEquals("梅花新社区", renamed.nameZh());
        ProblemException stale = assertThrows(
                ProblemException.class, () -> units.rename("beta", meihua.id(), meihua.version(), "x", null));
        assertEquals(409, stale.status());
        ProblemException dup = assertThrows(
                ProblemException.class,
                () -> units.create("beta", "nanyuan", "lanhua", "community", "重复", null, START));
        assertEquals("unit-exists", dup.key());
    }

    @Test
    void tenantsWithTheSamePathsSeeOnlyTheirOwn() {
        OrgUnit alphas = units.byPath("alpha", "nanyuan/lanhua", LocalDate.of(2024, 1, 1))
                .orElseThrow();
        assertTrue(units.byId("beta", alphas.id()).isEmpty(), "beta cannot read alpha's unit by id");
        assertEquals(
                4,
                units.list("beta", new OrgUnits.Query(null, null, null, LocalDate.of(2024, 1, 1), "path", 100, 0))
                        .total());
        assertThrows(ProblemException.class, () -> units.rename("beta", alphas.id(), alphas.version(), "hijack", null));
        assertEquals("兰花社区", units.byId("alpha", alphas.id()).orElseThrow().nameZh());
        assertTrue(units.predecessors(
                        "beta",
                        units.byPath("alpha", "xiangcun/v3", MERGER)
                                .orElseThrow()
                                .id())
                .isEmpty());
    }

    private static OrgUnits.Page query(String under, String level, String name, LocalDate on) {
        return units.list("alpha", new OrgUnits.Query(under, level, name, on, "path", 100, 0));
    }

    private static List<String> paths(OrgUnits.Page page) {
        return page.items().stream().map(OrgUnit::path).toList();
    }
}
