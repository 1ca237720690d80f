package io.gongzhi.platform.runtime;

import io.gongzhi.platform.config.PlatformConfig;
import io.gongzhi.platform.problem.control.ProblemException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over {@code gongzhi.http.max-body-bytes} (uploads such as plugin jars and
 * register files: {@code gongzhi.http.max-upload-bytes}; photos: {@code gongzhi.http.max-photo-bytes}) with 413: at once when the
 * declared length is too large, and while reading when a chunked body grows past the limit.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class BodySizeLimit implements ContainerRequestFilter {

    @Inject
    PlatformConfig config;

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        boolean jar = type != null
                && (type.isCompatible(MediaType.APPLICATION_OCTET_STREAM_TYPE)
                        || type.isCompatible(MediaType.valueOf("application/java-archive"))
                        || type.isCompatible(MediaType.valueOf("text/csv"))
                        || type.isCompatible(MediaType.valueOf(
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")));
        boolean photo = type != null && "image".equals(type.getType());
        long limit = photo ? config.maxPhotoBytes() : jar ? config.maxUploadBytes() : config.maxBodyBytes();
        if (request.getLength() > limit) {
            throw tooLarge(limit);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream(), limit));
        }
    }

    static ProblemException tooLarge(long limit) {
        return new ProblemException(413, "body-too-large", limit);
    }

    /** Counts what is read and fails past the limit. */
    static final class Bounded extends FilterInputStream {
        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
