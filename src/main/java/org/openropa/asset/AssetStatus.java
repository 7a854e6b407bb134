package org.openropa.asset;

import org.openropa.common.query.Where;

/** Where the asset is in its life. */
public enum AssetStatus {
    PLANNED, ACTIVE, RETIRED
}
