package org.openropa.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.openropa.asset.InformationAssetRequest;
import org.openropa.asset.InformationAssetService;
import org.openropa.organisation.OrganisationRepository;
import org.openropa.organisation.OrganisationRequest;
import org.openropa.organisation.OrganisationService;
import org.openropa.processing.ProcessingActivityRequest;
import org.openropa.processing.ProcessingActivityService;
import org.openropa.retention.RetentionRuleRequest;
import org.openropa.retention.RetentionRuleService;
import org.openropa.security.SecurityMeasureRequest;
import org.openropa.security.SecurityMeasureService;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The demo organisation: a fictional unitary council whose registers draw on the facts of real council
 * privacy notices. Loaded at start when {@code openropa.demo-data.enabled} is true (the run command with
 * the embedded database), through the same services as any client, in one transaction, once.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String RESOURCE = "/demo/fenmarsh.json";

    record DemoRegister(OrganisationRequest organisation, List<RetentionRuleRequest> retentionRules,
                        List<SecurityMeasureRequest> securityMeasures, List<InformationAssetRequest> informationAssets,
                        List<ProcessingActivityRequest> processingActivities) {
    }

    private final boolean enabled;
    private final ObjectMapper mapper;
    private final OrganisationRepository organisationRepository;
    private final OrganisationService organisations;
    private final RetentionRuleService rules;
    private final SecurityMeasureService measures;
    private final InformationAssetService assets;
    private final ProcessingActivityService activities;

    public DemoData(@ConfigProperty(name = "openropa.demo-data.enabled") boolean enabled, ObjectMapper mapper,
                    OrganisationRepository organisationRepository, OrganisationService organisations,
                    RetentionRuleService rules, SecurityMeasureService measures, InformationAssetService assets,
                    ProcessingActivityService activities) {
        this.enabled = enabled;
        this.mapper = mapper;
        this.organisationRepository = organisationRepository;
        this.organisations = organisations;
        this.rules = rules;
        this.measures = measures;
        this.assets = assets;
        this.activities = activities;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            loadIfAbsent();
        }
    }

    /** Loads the demo organisation unless an organisation with its id exists; returns its id. */
    public String loadIfAbsent() {
        DemoRegister demo = read();
        String id = demo.organisation().id();
        QuarkusTransaction.requiringNew().run(() -> {
            if (organisationRepository.findById(id) != null) {
                LOG.infof("Demo organisation '%s' is already loaded", id);
                return;
            }
            organisations.create(demo.organisation());
            demo.retentionRules().forEach(r -> rules.create(id, r));
            demo.securityMeasures().forEach(m -> measures.create(id, m));
            demo.informationAssets().forEach(a -> assets.create(id, a));
            demo.processingActivities().forEach(a -> activities.create(id, a));
            LOG.infof("Loaded demo organisation '%s': %d retention rules, %d security measures, %d information assets, %d processing activities",
                    id, demo.retentionRules().size(), demo.securityMeasures().size(), demo.informationAssets().size(),
                    demo.processingActivities().size());
        });
        return id;
    }

    private DemoRegister read() {
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            return mapper.readValue(in, DemoRegister.class);
        } catch (IOException e) {
            throw new IllegalStateException("The demo data " + RESOURCE + " cannot be read", e);
        }
    }
}
