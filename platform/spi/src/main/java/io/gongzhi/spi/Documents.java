package io.gongzhi.spi;

import java.util.List;
import java.util.Optional;

/**
 * A plugin's own data: JSON documents by kind and key, kept by the platform in its document table,
 * scoped to the calling tenant and the calling plugin. Each call is its own transaction.
 *
 * <p>Limits: kind and key 1-100 characters of letters, digits, {@code . _ -}; a document is at most
 * 256 KiB of valid JSON. Violations throw {@link IllegalArgumentException}.
 */
public interface Documents {

    Optional<String> get(String kind, String key);

    /** Creates or replaces the document. */
    void put(String kind, String key, String json);

    /** The keys of one kind, sorted. */
    List<String> keys(String kind);

    /** Whether a document was removed. */
    boolean delete(String kind, String key);
}
