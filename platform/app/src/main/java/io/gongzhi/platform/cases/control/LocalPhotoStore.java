package io.gongzhi.platform.cases.control;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Photos in a directory: {@code <root>/<tenant>/<id>}, written to a temporary file and moved in
 * place, so a reader never sees half a photo. Tenant and id are checked against their patterns
 * before they become a path.
 */
public final class LocalPhotoStore implements PhotoStore {

    static final Pattern TENANT = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    static final Pattern ID = Pattern.compile("[0-9a-f-]{36}");

    private final Path root;

    public LocalPhotoStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(String tenant, String id, byte[] bytes) throws IOException {
        Path file = file(tenant, id);
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), ".upload-", ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public Optional<byte[]> get(String tenant, String id) throws IOException {
        Path file = file(tenant, id);
        return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    }

    @Override
    public void delete(String tenant, String id) throws IOException {
        Files.deleteIfExists(file(tenant, id));
    }

    /** How many photos a tenant has stored (for tests and operators). */
    public long count(String tenant) throws IOException {
        Path dir = root.resolve(check(TENANT, tenant));
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = Files.list(dir)) {
            return files.filter(f -> !f.getFileName().toString().startsWith("."))
                    .count();
        }
    }

    private Path file(String tenant, String id) {
        Path file = root.resolve(check(TENANT, tenant)).resolve(check(ID, id)).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("outside the photo store: " + file);
        }
        return file;
    }

    private static String check(Pattern p, String value) {
        if (value == null || !p.matcher(value).matches()) {
            throw new IllegalArgumentException("not a valid key: " + value);
        }
        return value;
    }
}
