/**
 * The data of a locality's governance model: immutable records a plugin builds once and the
 * platform validates ({@code io.gongzhi.testkit.ModelValidator} runs the same checks in plain JUnit).
 * Codes are stable identifiers ({@code [a-z0-9][a-z0-9_-]*}); every name people read is a {@link
 * io.gongzhi.spi.model.Text} with Chinese first and English.
 */
package io.gongzhi.spi.model;
