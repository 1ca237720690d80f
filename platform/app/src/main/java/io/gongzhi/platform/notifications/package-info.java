/**
 * Notifications of case events through a transactional outbox: a state change and its message
 * are written in the same transaction ({@link io.gongzhi.platform.notifications.control.Outbox}),
 * so a message exists exactly when its change does; a delivery job hands pending messages to the
 * channels at least once, and each channel deduplicates by the message's id (the in-app inbox by a
 * unique key). A message goes to a person (the reporter) or to a role at a unit (the grid workers
 * of a grid). SMS and WeChat are further {@link io.gongzhi.platform.notifications.control.Channel}s.
 */
package io.gongzhi.platform.notifications;
