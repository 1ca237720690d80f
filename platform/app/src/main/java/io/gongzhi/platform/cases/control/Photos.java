package io.gongzhi.platform.cases.control;

import io.gongzhi.platform.config.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The photo store of this installation: {@code <data-dir>/photos} unless another store is configured. */
@ApplicationScoped
public class Photos {

    /** At most this many photos a case (the reporter's and the handlers' together). */
    public static final int MAX_PER_CASE = 9;

    @Inject
    PlatformConfig config;

    private volatile PhotoStore store;

    public PhotoStore store() {
        PhotoStore s = store;
        if (s == null) {
            s = new LocalPhotoStore(config.dataDir().resolve("photos"));
            store = s;
        }
        return s;
    }

    public long maxBytes() {
        return config.maxPhotoBytes();
    }
}
