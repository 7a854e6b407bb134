package org.openropa.access;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Failed authentication attempts: counted in metrics by kind and logged, never with the secret. */
@ApplicationScoped
public class AuthenticationFailures {

    private static final Logger LOG = Logger.getLogger(AuthenticationFailures.class);

    private final MeterRegistry registry;

    public AuthenticationFailures(MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(String kind, String what) {
        registry.counter("openropa.authentication.failures", "kind", kind).increment();
        LOG.warnf("Authentication failed (%s): %s", kind, what);
    }
}
