package io.gongzhi.platform.imports.control;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The records of some units already in a register, by business key, read a thousand units at a time. */
public final class Existing {

    private Existing() {}

    public static <E> Map<String, E> byKey(
            EntityManager em, Class<E> type, List<String> units, Function<E, String> key) {
        List<String> distinct = units.stream().distinct().toList();
        Map<String, E> out = new HashMap<>();
        for (int i = 0; i < distinct.size(); i += RegisterImport.STEP) {
            em.createQuery("select x from " + type.getSimpleName() + " x where x.unit in :units", type)
                    .setParameter("units", distinct.subList(i, Math.min(distinct.size(), i + RegisterImport.STEP)))
                    .getResultStream()
                    .forEach(e -> out.put(key.apply(e), e));
        }
        return out;
    }
}
