/**
 * Cases: what residents report with a photo from their phone (随手拍), grid workers find on patrol
 * and staff enter for someone, and the work that follows, the seven-step loop of digital city
 * management (collect → open → dispatch → handle → feedback → verify and close → evaluate).
 *
 * <p>A report is routed by the tenant's locality plugin to a tier (grid, community, street or
 * department, command centre) and the unit that handles there; the tier has a time limit counted
 * in the tenant's working calendar (holidays and adjusted working days). Every transition is
 * checked by role and unit scope, takes the version the caller read (two handlers at once: one
 * wins, the other gets 409) and is written to the case's history. A submission carries an
 * {@code Idempotency-Key}, so a retry never makes a second case.
 */
package io.gongzhi.platform.cases;
