/**
 * Import jobs: a register file imported in the background, with its progress (rows done of rows
 * in all, percent) readable while it runs, and its outcome (what was created and updated, or every
 * error by line with nothing imported). Tenant-scoped like everything else.
 */
package io.gongzhi.platform.imports;
