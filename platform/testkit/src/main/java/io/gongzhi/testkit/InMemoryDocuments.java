package io.gongzhi.testkit;

import io.gongzhi.spi.Documents;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Pattern;

/** {@link Documents} in memory, with the limits the platform enforces. */
public final class InMemoryDocuments implements Documents {

    static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    static final int MAX_BYTES = 256 * 1024;

    private final Map<String, String> docs = new ConcurrentSkipListMap<>();

    @Override
    public Optional<String> get(String kind, String key) {
        return Optional.ofNullable(docs.get(id(kind, key)));
    }

    @Override
    public void put(String kind, String key, String json) {
        String id = id(kind, key);
        if (json == null || json.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("a document is 1 byte to " + MAX_BYTES + " bytes of JSON");
        }
        String t = json.strip();
        if (!(t.startsWith("{") || t.startsWith("["))) {
            throw new IllegalArgumentException("a document is a JSON object or array");
        }
        docs.put(id, json);
    }

    @Override
    public List<String> keys(String kind) {
        String prefix = id(kind, "x").substring(0, kind.length() + 1);
        return docs.keySet().stream()
                .filter(k -> k.startsWith(prefix))
                .map(k -> k.substring(prefix.length()))
                .toList();
    }

    @Override
    public boolean delete(String kind, String key) {
        return docs.remove(id(kind, key)) != null;
    }

    private static String id(String kind, String key) {
        if (kind == null
                || !NAME.matcher(kind).matches()
                || key == null
                || !NAME.matcher(key).matches()) {
            throw new IllegalArgumentException("document kind and key are 1-100 of letters, digits, '.', '_' and '-'");
        }
        return kind + "/" + key;
    }
}
