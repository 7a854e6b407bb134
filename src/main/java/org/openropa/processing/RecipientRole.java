package org.openropa.processing;

/** What a recipient is to the controller. */
public enum RecipientRole {
    INTERNAL, PROCESSOR, SUB_PROCESSOR, INDEPENDENT_CONTROLLER, JOINT_CONTROLLER, PUBLIC_AUTHORITY, LAW_ENFORCEMENT, REGULATOR, INTERNATIONAL_ORGANISATION
}
