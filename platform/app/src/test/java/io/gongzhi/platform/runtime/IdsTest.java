package io.gongzhi.platform.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void idsAreVersion4UuidsInTheCanonicalForm() {
        String id = Ids.newId();
        UUID u = UUID.fromString(id);
        assertEquals(36, id.length());
        assertEquals(id, u.toString());
        assertEquals(4, u.version());
        assertEquals(2, u.variant());
    }

    @Test
    void manyThreadsNeverDrawTheSameId() {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 200_000).parallel().forEach(i -> seen.add(Ids.newId()));
        assertEquals(200_000, seen.size());
    }
}
