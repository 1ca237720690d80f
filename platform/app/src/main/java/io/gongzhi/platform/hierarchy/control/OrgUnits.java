package io.gongzhi.platform.hierarchy.control;

import io.gongzhi.platform.hierarchy.entity.OrgUnit;
import io.gongzhi.platform.identity.control.Units;
import io.gongzhi.platform.persistence.control.Records;
import io.gongzhi.platform.persistence.control.TenantSessions;
import io.gongzhi.platform.problem.control.ProblemException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The hierarchy's operations for one tenant at a time: lists (subtree, level, name, on a day),
 * create, rename, merge, lineage. Plain class over {@link TenantSessions}; every method takes the
 * tenant and runs in one transaction as that tenant.
 */
public class OrgUnits {

    /** What a list asks for. Null fields do not filter. */
    public record Query(String under, String level, String name, LocalDate on, String sort, int limit, int offset) {}

    /** One page of a list and the number of units that match. */
    public record Page(long total, List<OrgUnit> items) {}

    private static final String VALID = " and u.validFrom <= :on and (u.validTo is null or u.validTo > :on)";

    private final Supplier<TenantSessions> sessions;

    public OrgUnits(Supplier<TenantSessions> sessions) {
        this.sessions = sessions;
    }

    public Page list(String tenant, Query q) {
        StringBuilder where = new StringBuilder(" where 1 = 1" + VALID);
        if (q.under() != null) {
            where.append(" and " + Units.subtree("u.path", "under"));
        }
        if (q.level() != null) {
            where.append(" and u.level = :level");
        }
        if (q.name() != null) {
            where.append(" and (lower(u.nameZh) like :name or lower(u.nameEn) like :name)");
        }
        String order =
                switch (q.sort() == null ? "path" : q.sort()) {
                    case "name" -> " order by u.nameZh, u.path";
                    case "level" -> " order by u.level, u.path";
                    case "path" -> " order by u.path";
                    default -> throw new ProblemException(400, "field-format", "sort", "path | name | level");
                };
        return sessions.get().inTenant(tenant, em -> {
            TypedQuery<Long> count = em.createQuery("select count(u) from OrgUnit u" + where, Long.class);
            TypedQuery<OrgUnit> items = em.createQuery("select u from OrgUnit u" + where + order, OrgUnit.class);
            bind(count::setParameter, q);
            bind(items::setParameter, q);
            return new Page(
                    count.getSingleResult(),
                    items.setFirstResult(q.offset()).setMaxResults(q.limit()).getResultList());
        });
    }

    /** The unit with this id, whatever its dates. */
    public Optional<OrgUnit> byId(String tenant, String id) {
        return sessions.get().inTenant(tenant, em -> find(em, id));
    }

    /** The unit with this path on a day and the units above it, the top first; empty if it has none. */
    public List<OrgUnit> ancestry(String tenant, String path, LocalDate on) {
        List<String> prefixes = new ArrayList<>();
        for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
            prefixes.add(path.substring(0, i));
        }
        prefixes.add(path);
        List<OrgUnit> found = sessions.get().inTenant(tenant, em -> em.createQuery(
                        "select u from OrgUnit u where u.path in :paths" + VALID + " order by u.path", OrgUnit.class)
                .setParameter("paths", prefixes)
                .setParameter("on", on)
                .getResultList());
        return found.size() == prefixes.size()
                        && found.get(found.size() - 1).path().equals(path)
                ? found
                : List.of();
    }

    /** The unit with this path on a day. */
    public Optional<OrgUnit> byPath(String tenant, String path, LocalDate on) {
        return sessions.get().inTenant(tenant, em -> current(em, path, on));
    }

    /** Creates a unit under {@code parentPath} (null: at the top). */
    public OrgUnit create(
            String tenant, String parentPath, String code, String level, String nameZh, String nameEn, LocalDate from) {
        return sessions.get().inTenant(tenant, em -> {
            OrgUnit parent = parentPath == null
                    ? null
                    : current(em, parentPath, from)
                            .orElseThrow(() -> new ProblemException(422, "no-such-unit", parentPath, from));
            String path = parent == null ? code : parent.path() + "/" + code;
            if (current(em, path, from).isPresent() || openAt(em, path).isPresent()) {
                throw new ProblemException(409, "unit-exists", path);
            }
            OrgUnit u = new OrgUnit(code, level, nameZh, nameEn, parent, from);
            em.persist(u);
            em.flush();
            return u;
        });
    }

    /**
     * A unit of a tree being loaded, its parent named by path: a unit earlier in the same load or one
     * that exists on the load's first day (null: at the top).
     */
    public record NewUnit(String code, String level, String nameZh, String nameEn, String parentPath) {}

    /**
     * Loads a whole tree into the hierarchy in one transaction, a thousand units per flush (demo
     * data, the scale generator, a district's first import), under new or existing parents; a
     * parent must come before its children. A path that is taken on that day fails it all (409).
     */
    public int load(String tenant, List<NewUnit> units, LocalDate from) {
        return sessions.get().inTenant(tenant, em -> {
            java.util.Map<String, OrgUnit> made = new java.util.HashMap<>();
            int n = 0;
            for (NewUnit u : units) {
                OrgUnit parent = u.parentPath() == null
                        ? null
                        : made.computeIfAbsent(
                                u.parentPath(), p -> current(em, p, from).orElse(null));
                if (u.parentPath() != null && parent == null) {
                    throw new ProblemException(422, "no-such-unit", u.parentPath(), from);
                }
                OrgUnit unit = new OrgUnit(u.code(), u.level(), u.nameZh(), u.nameEn(), parent, from);
                if (made.putIfAbsent(unit.path(), unit) != null) {
                    throw new ProblemException(409, "unit-exists", unit.path());
                }
                em.persist(unit);
                if (++n % 1000 == 0) {
                    em.flush();
                }
            }
            em.flush();
            return n;
        });
    }

    /** Renames; {@code version} must be the one read (409 otherwise, nothing changed). */
    public OrgUnit rename(String tenant, String id, long version, String nameZh, String nameEn) {
        return sessions.get().inTenant(tenant, em -> {
            OrgUnit u = find(em, id).orElseThrow(() -> ProblemException.notFound("no-such-unit", id, "-"));
            if (u.version() != version) {
                throw new ProblemException(409, "stale-version", u.version());
            }
            u.rename(nameZh, nameEn);
            em.flush();
            return u;
        });
    }

    /**
     * Merges units into another of the same level from {@code day}: each merged unit ends the day
     * before and names the target as successor; its current descendants move under the target as
     * new units (same codes) from {@code day}, the old ones ending with their copies as successors.
     * All or nothing.
     */
    public List<OrgUnit> merge(String tenant, List<String> fromPaths, String intoPath, LocalDate day) {
        return sessions.get().inTenant(tenant, em -> {
            OrgUnit into = current(em, intoPath, day)
                    .orElseThrow(() -> new ProblemException(422, "no-such-unit", intoPath, day));
            List<OrgUnit> ended = new ArrayList<>();
            for (String path : fromPaths) {
                OrgUnit from =
                        current(em, path, day).orElseThrow(() -> new ProblemException(422, "no-such-unit", path, day));
                if (from.id().equals(into.id()) || !from.level().equals(into.level())) {
                    throw new ProblemException(422, "merge-mismatch", path, intoPath);
                }
                for (OrgUnit child : subtree(em, from.path(), day)) {
                    if (child.id().equals(from.id())) {
                        continue;
                    }
                    String moved =
                            into.path() + child.path().substring(from.path().length());
                    if (current(em, moved, day).isPresent()) {
                        throw new ProblemException(409, "unit-exists", moved);
                    }
                    OrgUnit parent = current(em, moved.substring(0, moved.lastIndexOf('/')), day)
                            .orElseThrow();
                    OrgUnit copy =
                            new OrgUnit(child.code(), child.level(), child.nameZh(), child.nameEn(), parent, day);
                    em.persist(copy);
                    em.flush();
                    child.end(day, copy.id());
                    ended.add(child);
                }
                from.end(day, into.id());
                ended.add(from);
            }
            em.flush();
            return ended;
        });
    }

    /** The units that were merged into this one (directly or through earlier merges), oldest last. */
    public List<OrgUnit> predecessors(String tenant, String id) {
        return sessions.get().inTenant(tenant, em -> {
            List<OrgUnit> out = new ArrayList<>();
            List<String> frontier = List.of(id);
            for (int depth = 0; depth < 20 && !frontier.isEmpty(); depth++) {
                List<OrgUnit> found = em.createQuery(
                                "select u from OrgUnit u where u.successorId in :ids order by u.path", OrgUnit.class)
                        .setParameter("ids", frontier)
                        .getResultList();
                out.addAll(found);
                frontier = found.stream().map(OrgUnit::id).toList();
            }
            return out;
        });
    }

    private static List<OrgUnit> subtree(EntityManager em, String path, LocalDate on) {
        TypedQuery<OrgUnit> q = em.createQuery(
                        "select u from OrgUnit u where " + Units.subtree("u.path", "under") + VALID
                                + " order by u.path",
                        OrgUnit.class)
                .setParameter("on", on);
        Units.bindSubtree(q::setParameter, "under", path);
        return q.getResultList();
    }

    static Optional<OrgUnit> current(EntityManager em, String path, LocalDate on) {
        return em.createQuery("select u from OrgUnit u where u.path = :path" + VALID, OrgUnit.class)
                .setParameter("path", path)
                .setParameter("on", on)
                .getResultStream()
                .findFirst();
    }

    /** A unit with this path that has no end (it may start later than a given day). */
    private static Optional<OrgUnit> openAt(EntityManager em, String path) {
        return em.createQuery("select u from OrgUnit u where u.path = :path and u.validTo is null", OrgUnit.class)
                .setParameter("path", path)
                .getResultStream()
                .findFirst();
    }

    private static Optional<OrgUnit> find(EntityManager em, String id) {
        return Records.byId(em, OrgUnit.class, id);
    }

    private interface Binder {
        Object set(String name, Object value);
    }

    private static void bind(Binder b, Query q) {
        b.set("on", q.on());
        if (q.under() != null) {
            Units.bindSubtree(b::set, "under", q.under());
        }
        if (q.level() != null) {
            b.set("level", q.level());
        }
        if (q.name() != null) {
            b.set(
                    "name",
                    "%"
                            + q.name()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .replace("%", "")
                                    .replace("_", "") + "%");
        }
    }
}
