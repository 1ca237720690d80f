package io.gongzhi.platform.cadres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongzhi.platform.cadres.control.CadreFigures;
import io.gongzhi.platform.cadres.entity.Cadre;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed's way of stating cadre figures, reproduced from a register. */
class CadreFiguresTest {

    static final LocalDate ON = LocalDate.of(2026, 6, 30);

    @Test
    void averageAgeShareUnder35AndShareWithADegree() {
        List<Cadre> cadres = new ArrayList<>();
        // 3 aged 30 (degree), 4 aged 45 (2 with degree), 3 aged 50 (none): average 42.0
        for (int i = 0; i < 3; i++) {
            cadres.add(cadre(30, "bachelor"));
        }
        for (int i = 0; i < 4; i++) {
            cadres.add(cadre(45, i < 2 ? "associate" : "senior"));
        }
        for (int i = 0; i < 3; i++) {
            cadres.add(cadre(50, "vocational"));
        }
        CadreFigures f = CadreFigures.of(cadres, ON);
        assertEquals(10, f.cadres());
        assertEquals(new BigDecimal("42.0"), f.averageAge());
        assertEquals(new BigDecimal("30.00"), f.shareUnder35());
        assertEquals(new BigDecimal("50.00"), f.shareWithDegree(), "大专 (associate) counts as a degree, 中专 not");
    }

    @Test
    void ageIsCountedOnTheDayAsked() {
        Cadre c = new Cadre("x", "a", "member", LocalDate.of(1991, 7, 1), "senior", null);
        assertEquals(new BigDecimal("100.00"), CadreFigures.of(List.of(c), ON).shareUnder35(), "34 on 30 June 2026");
        assertEquals(
                new BigDecimal("0.00"),
                CadreFigures.of(List.of(c), ON.plusDays(1)).shareUnder35(),
                "35 on 1 July");
    }

    @Test
    void noCadresNoFigures() {
        assertEquals(new CadreFigures(0, null, null, null), CadreFigures.of(List.of(), ON));
    }

    private static Cadre cadre(int age, String education) {
        return new Cadre("x", "a", "member", ON.minusYears(age).minusDays(1), education, null);
    }
}
