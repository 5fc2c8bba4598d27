package fr.tierslieu.core.application.security;

import fr.tierslieu.core.domain.security.LoginThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** One login throttle for the whole application (failures are counted in memory). */
@ApplicationScoped
public class LoginThrottleProducer {

    private final LoginThrottle throttle = new LoginThrottle(Clock.systemUTC());

    @Produces
    public LoginThrottle throttle() {
        return throttle;
    }
}
