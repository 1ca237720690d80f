/**
 * Jobs that must run once however many instances serve the platform (case deadlines, the outbox):
 * an instance runs a job only while it holds the job's lease, a row in {@code job_lease} taken with
 * one conditional update, so two instances (or two threads) never run it at the same time. A lease
 * ends by itself when its holder dies; a live holder renews it on every run.
 */
package io.gongzhi.platform.jobs;
