package io.gongzhi.platform.cadres.control;

import io.gongzhi.platform.cadres.entity.Cadre;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

/**
 * The cadre figures of a set of cadres on a day: how many, average age (one decimal), share under
 * 35 and share with a degree (percent, two decimals), as the field reports state them.
 */
public record CadreFigures(int cadres, BigDecimal averageAge, BigDecimal shareUnder35, BigDecimal shareWithDegree) {

    /** Education levels, lowest first; from {@code associate} (大专) up counts as a degree. */
    public static final List<String> EDUCATION =
            List.of("primary", "junior", "senior", "vocational", "associate", "bachelor", "master", "doctor");

    static final Set<String> DEGREE = Set.of("associate", "bachelor", "master", "doctor");

    public static CadreFigures of(List<Cadre> cadres, LocalDate on) {
        if (cadres.isEmpty()) {
            return new CadreFigures(0, null, null, null);
        }
        long ageSum = 0;
        int under35 = 0;
        int degree = 0;
        for (Cadre c : cadres) {
            int age = Period.between(c.birthDate(), on).getYears();
            ageSum += age;
            under35 += age < 35 ? 1 : 0;
            degree += DEGREE.contains(c.education()) ? 1 : 0;
        }
        int n = cadres.size();
        return new CadreFigures(
                n,
                BigDecimal.valueOf(ageSum).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP),
                percent(under35, n),
                percent(degree, n));
    }

    private static BigDecimal percent(int part, int whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
