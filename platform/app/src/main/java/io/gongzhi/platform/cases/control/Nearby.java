package io.gongzhi.platform.cases.control;

import io.gongzhi.platform.cases.entity.CaseFile;
import io.gongzhi.platform.cases.entity.CaseState;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * Open cases like the one being reported: the same category, reported within the category's
 * {@code duplicateDays}, and either within its {@code duplicateRadiusMetres} of the place (a box
 * on the coordinates in the query, the great-circle distance in Java) or, for a report without
 * coordinates, at the same unit. Nearest first, at most {@value #MAX}.
 */
public final class Nearby {

    public static final int MAX = 10;
    static final double EARTH_METRES = 6_371_000;

    private Nearby() {}

    /** A suggestion: the case and how far it is (null when matched by unit). */
    public record Match(CaseFile file, Double metres) {}

    public static List<Match> find(
            EntityManager em,
            String category,
            Double lat,
            Double lon,
            String unit,
            int radiusMetres,
            int days,
            OffsetDateTime now) {
        List<CaseState> open = List.of(CaseState.DISPATCHED, CaseState.IN_PROGRESS, CaseState.RESOLVED);
        OffsetDateTime since = now.minusDays(days);
        if (lat != null && lon != null) {
            double dLat = Math.toDegrees(radiusMetres / EARTH_METRES);
            double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(lat)));
            return em.createQuery(
                            "select c from CaseFile c where c.category = :cat and c.state in :open"
                                    + " and c.reportedAt >= :since and c.latitude between :lat0 and :lat1"
                                    + " and c.longitude between :lon0 and :lon1",
                            CaseFile.class)
                    .setParameter("cat", category)
                    .setParameter("open", open)
                    .setParameter("since", since)
                    .setParameter("lat0", lat - dLat)
                    .setParameter("lat1", lat + dLat)
                    .setParameter("lon0", lon - dLon)
                    .setParameter("lon1", lon + dLon)
                    .setMaxResults(500)
                    .getResultStream()
                    .map(c -> new Match(c, metres(lat, lon, c.latitude(), c.longitude())))
                    .filter(m -> m.metres() <= radiusMetres)
                    .sorted(Comparator.comparingDouble(Match::metres))
                    .limit(MAX)
                    .toList();
        }
        if (unit == null) {
            return List.of();
        }
        return em.createQuery(
                        "select c from CaseFile c where c.category = :cat and c.state in :open"
                                + " and c.reportedAt >= :since and c.unit = :unit order by c.reportedAt desc",
                        CaseFile.class)
                .setParameter("cat", category)
                .setParameter("open", open)
                .setParameter("since", since)
                .setParameter("unit", unit)
                .setMaxResults(MAX)
                .getResultStream()
                .map(c -> new Match(c, null))
                .toList();
    }

    /** The great-circle distance in metres (haversine). */
    public static double metres(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a =
                Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
