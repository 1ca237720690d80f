package io.gongzhi.platform.identity.boundary;

import io.gongzhi.platform.identity.control.Role;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a resource method: a signed-in caller holding one of {@link #value} (403
 * otherwise), or anyone when {@link #anyone} is set, or any signed-in caller when {@link
 * #signedIn} is set. On the method or its class (the method's wins). A resource method with no
 * rule at all is refused to everyone and reported at start-up: access is never open by omission.
 *
 * <p>The rule decides the role; where the caller may act (their org units) is checked by the
 * method itself through {@link io.gongzhi.platform.identity.control.Caller#requireScope}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allow {

    Role[] value() default {};

    /** Public: no identity needed (profiles, public notices, the governance model). */
    boolean anyone() default false;

    /** Any verified identity of the request's realm. */
    boolean signedIn() default false;
}
