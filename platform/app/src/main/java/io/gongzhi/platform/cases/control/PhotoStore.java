package io.gongzhi.platform.cases.control;

import java.io.IOException;
import java.util.Optional;

/**
 * Where photo bytes live, always under their tenant: a local directory by default; an object store
 * (S3-compatible, OSS) implements the same three calls. Keys are platform-made ids, never a name a
 * client chose.
 *
 * <p>Threading: called concurrently for many tenants. Failure: an {@link IOException} fails the
 * request that needed the bytes; a {@link #put} that failed leaves no record (the record is
 * written after the bytes).
 */
public interface PhotoStore {

    void put(String tenant, String id, byte[] bytes) throws IOException;

    Optional<byte[]> get(String tenant, String id) throws IOException;

    void delete(String tenant, String id) throws IOException;
}
