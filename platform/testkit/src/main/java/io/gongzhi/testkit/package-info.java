/**
 * What a locality team needs to test its plugin without a server, in plain JUnit: {@link
 * io.gongzhi.testkit.ModelValidator} (the same checks the platform runs on every plugin it loads),
 * {@link io.gongzhi.testkit.RoutingSimulator} (where each category goes first and how it escalates),
 * {@link io.gongzhi.testkit.ProcedureWalk} (a decision procedure step by step, with quorum and
 * votes) and {@link io.gongzhi.testkit.TestPlatformContext} (an in-memory tenant context for hooks).
 * No JUnit dependency: failures are {@link java.lang.AssertionError}s.
 */
package io.gongzhi.testkit;
