package io.gongzhi.platform.problem.control;

/**
 * A piece of text inside a problem's message that is itself translated: a key of the {@code
 * messages} bundle and its arguments, resolved in the request's language.
 */
public record Localized(String key, Object... args) {}
