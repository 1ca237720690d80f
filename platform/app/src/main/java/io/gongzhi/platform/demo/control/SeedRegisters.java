package io.gongzhi.platform.demo.control;

import io.gongzhi.platform.cadres.entity.Cadre;
import io.gongzhi.platform.facilities.entity.Facility;
import io.gongzhi.platform.hierarchy.control.OrgUnits;
import io.gongzhi.platform.hierarchy.entity.OrgUnit;
import io.gongzhi.platform.organisations.entity.Organisation;
import io.gongzhi.platform.persistence.control.TenantSessions;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The registers of a seed, each written only into an empty register of the tenant, spread
 * round-robin over the units (current today) of the levels the seed names.
 */
final class SeedRegisters {

    private final TenantSessions sessions;
    private final OrgUnits units;
    private final String tenant;
    private final LocalDate today;

    SeedRegisters(TenantSessions sessions, OrgUnits units, String tenant, LocalDate today) {
        this.sessions = sessions;
        this.units = units;
        this.tenant = tenant;
        this.today = today;
    }

    int organisations(List<SeedFile.Organisations> specs) {
        if (specs.isEmpty() || count("Organisation") > 0) {
            return 0;
        }
        List<Object> rows = new ArrayList<>();
        for (SeedFile.Organisations o : specs) {
            List<OrgUnit> at = at(o.at());
            for (int i = 0; i < o.count(); i++) {
                OrgUnit u = at.get(i % at.size());
                rows.add(new Organisation(o.kind(), name(o.zh(), i + 1, u), u.path(), null));
            }
        }
        return write(rows);
    }

    int facilities(SeedFile.Facilities f) {
        if (count("Facility") > 0) {
            return 0;
        }
        List<OrgUnit> at = at(f.at());
        boolean[] small = CadreMix.spread(at.size(), Math.min(f.under300(), at.size()), 0);
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < at.size(); i++) {
            OrgUnit u = at.get(i);
            // below 300 m² in all: 100-140 office + 120-150 activity; otherwise each at least 400
            BigDecimal office = BigDecimal.valueOf(small[i] ? 100 + i % 5 * 10 : 400 + i % 4 * 25);
            BigDecimal activity = BigDecimal.valueOf(small[i] ? 120 + i % 4 * 10 : 400 + i % 6 * 20);
            rows.add(new Facility(name(f.zh(), i + 1, u), u.path(), office, activity, f.households(), null));
        }
        return write(rows);
    }

    int cadres(SeedFile.Cadres c) {
        if (count("Cadre") > 0) {
            return 0;
        }
        List<OrgUnit> at = at(c.at());
        CadreMix mix = CadreMix.of(c);
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < c.count(); i++) {
            OrgUnit u = at.get(i % at.size());
            LocalDate born = c.asOf().minusYears(mix.ages().get(i)).minusDays(1 + i % 300L);
            rows.add(new Cadre(
                    name(c.zh(), i + 1, u),
                    u.path(),
                    c.post(),
                    born,
                    mix.education().get(i),
                    null));
        }
        return write(rows);
    }

    private List<OrgUnit> at(List<String> levels) {
        List<OrgUnit> out = new ArrayList<>();
        for (String level : levels) {
            out.addAll(units.list(tenant, new OrgUnits.Query(null, level, null, today, "path", Integer.MAX_VALUE, 0))
                    .items());
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no units of the levels " + levels + " to put demo records in");
        }
        return out;
    }

    private long count(String entity) {
        return inTenant(em -> em.createQuery("select count(x) from " + entity + " x", Long.class)
                .getSingleResult());
    }

    private int write(List<Object> rows) {
        return inTenant(em -> {
            for (int i = 0; i < rows.size(); i++) {
                em.persist(rows.get(i));
                if ((i + 1) % 1000 == 0) {
                    em.flush();
                    em.clear();
                }
            }
            return rows.size();
        });
    }

    private <T> T inTenant(Function<EntityManager, T> work) {
        return sessions.inTenant(tenant, work);
    }

    static String name(String pattern, int n, OrgUnit unit) {
        return pattern.replace("{n}", Integer.toString(n)).replace("{unit}", unit.nameZh());
    }
}
