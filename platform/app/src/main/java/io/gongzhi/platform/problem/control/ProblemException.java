package io.gongzhi.platform.problem.control;

import java.util.Map;

/**
 * A failure a person can act on. {@code key} names the message in the {@code messages} bundle
 * ({@code problem.<key>.title} and {@code problem.<key>.detail}); {@code args} fill its
 * placeholders ({0}, {1}...); {@code extensions} become extra members of the problem document.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String key;
    private final transient Object[] args;
    private final transient Map<String, Object> extensions;

    public ProblemException(int status, String key, Object... args) {
        this(status, key, Map.of(), args);
    }

    public ProblemException(int status, String key, Map<String, Object> extensions, Object... args) {
        super(key, null, false, false);
        this.status = status;
        this.key = key;
        this.args = args.clone();
        this.extensions = Map.copyOf(extensions);
    }

    public int status() {
        return status;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public static ProblemException notFound(String key, Object... args) {
        return new ProblemException(404, key, args);
    }

    public static ProblemException badRequest(String key, Object... args) {
        return new ProblemException(400, key, args);
    }
}
