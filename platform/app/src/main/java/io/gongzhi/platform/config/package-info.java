/**
 * Run-time configuration read through MicroProfile Config: the run mode, the data directory, the
 * database connection and the request limits. Every key can be set as a system property or as an
 * environment variable ({@code gongzhi.db.url} as {@code GONGZHI_DB_URL}).
 */
package io.gongzhi.platform.config;
