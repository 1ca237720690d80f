package io.gongzhi.platform.demo.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Ages and education levels for a number of cadres so that their figures are the report's: exactly
 * {@code under35} younger than 35, exactly {@code degree} with a degree, ages summing to the
 * average times the count (rounded to a whole year). Both groups are spread evenly through the
 * list, so every unit that gets a slice of it looks alike.
 */
record CadreMix(List<Integer> ages, List<String> education) {

    static final int OLDEST = 59;

    static CadreMix of(SeedFile.Cadres c) {
        int n = c.count();
        if (c.under35() > n || c.degree() > n || c.graduates() > c.degree()) {
            throw new IllegalArgumentException("cadres: under35, degree and graduates must not exceed the count");
        }
        boolean[] young = spread(n, c.under35(), 0);
        int total = c.averageAge()
                .multiply(BigDecimal.valueOf(n))
                .setScale(0, RoundingMode.HALF_UP)
                .intValueExact();
        Integer[] ages = new Integer[n];
        int youngSum = 0;
        for (int i = 0, y = 0; i < n; i++) {
            if (young[i]) {
                ages[i] = 25 + y++ % 10;
                youngSum += ages[i];
            }
        }
        int older = n - c.under35();
        if (older > 0) {
            int rest = total - youngSum;
            int base = rest / older;
            int extra = rest % older;
            if (base < 35 || base >= OLDEST || (base == OLDEST - 1 && extra > 0)) {
                throw new IllegalArgumentException("cadres: an average of " + c.averageAge()
                        + " cannot be reached with " + c.under35() + " of " + n + " under 35");
            }
            List<Integer> olderIdx = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!young[i]) {
                    olderIdx.add(i);
                }
            }
            for (int k = 0; k < olderIdx.size(); k++) {
                ages[olderIdx.get(k)] = base + (k < extra ? 1 : 0);
            }
            // widen the spread pairwise (one older, one younger by as much), keeping the sum
            int room = Math.min(base - 35, OLDEST - base - 1);
            for (int k = 0; k + 1 < olderIdx.size(); k += 2) {
                int d = room == 0 ? 0 : (k / 2) % (room + 1);
                ages[olderIdx.get(k)] += d;
                ages[olderIdx.get(k + 1)] -= d;
            }
        } else if (total != youngSum) {
            throw new IllegalArgumentException("cadres: everyone is under 35; the average cannot be " + c.averageAge());
        }
        boolean[] degree = spread(n, c.degree(), 1);
        List<String> education = new ArrayList<>();
        for (int i = 0, d = 0; i < n; i++) {
            education.add(!degree[i] ? "senior" : d++ < c.graduates() ? "master" : c.degreeFrom());
        }
        return new CadreMix(List.of(ages), education);
    }

    /** {@code k} of {@code n} marked, evenly spaced (Bresenham), shifted by {@code phase}. */
    static boolean[] spread(int n, int k, int phase) {
        boolean[] out = new boolean[n];
        for (int j = 0; j < k; j++) {
            out[(int) (((long) j * n / k + phase) % n)] = true;
        }
        return out;
    }
}
