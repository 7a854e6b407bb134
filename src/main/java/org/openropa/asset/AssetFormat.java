package org.openropa.asset;

/** The medium the information is held in. */
public enum AssetFormat {
    ELECTRONIC, PAPER, HYBRID
}
