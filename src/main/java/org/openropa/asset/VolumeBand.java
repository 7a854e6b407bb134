package org.openropa.asset;

/** About how many records or people it holds. */
public enum VolumeBand {
    UNDER_100, FROM_100_TO_1K, FROM_1K_TO_10K, FROM_10K_TO_100K, OVER_100K
}
