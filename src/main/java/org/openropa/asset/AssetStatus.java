package org.openropa.asset;


/** Where the asset is in its life. */
public enum AssetStatus {
    PLANNED, ACTIVE, RETIRED
}
