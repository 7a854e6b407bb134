package org.openropa.processing;

/** How a transfer risk assessment was made. */
public enum TraMethod {
    ICO_TOOL, EDPB_APPROACH, OTHER
}
