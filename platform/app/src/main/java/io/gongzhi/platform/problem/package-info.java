/**
 * Errors as RFC 9457 problem details ({@code application/problem+json}).
 *
 * <p>Every failure leaves the platform through the mappers of {@code problem.boundary}: a {@link
 * io.gongzhi.platform.problem.control.ProblemException} thrown by a feature, a JAX-RS exception,
 * unreadable or oversize input, or anything unexpected. The message a person reads comes from the
 * {@code messages} resource bundle in the language the request asked for (zh-CN first, English),
 * and no stack trace or exception text of an unexpected failure ever reaches the client: it is
 * logged with an incident id that the problem carries.
 */
package io.gongzhi.platform.problem;
