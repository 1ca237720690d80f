/**
 * Public disclosure (公开): the party, residents', financial and affairs notices (四务公开) a
 * community or district publishes. The first tenant-owned feature, and the one the isolation tests
 * exercise through the API: notices are identified to people by a code unique within the tenant,
 * and the same code may exist in every tenant.
 */
package io.gongzhi.platform.disclosure;
