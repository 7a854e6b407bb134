package org.openropa.asset;

import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.register.RegisterRepository;

@ApplicationScoped
public class InformationAssetRepository extends RegisterRepository<InformationAsset> {

    @Override
    protected String entityName() {
        return "InformationAsset";
    }
}
