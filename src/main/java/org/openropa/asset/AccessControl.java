package org.openropa.asset;

/** Controls on who can reach the asset. */
public enum AccessControl {
    RBAC, NEED_TO_KNOW, MFA, SSO, PRIVILEGED_ACCESS_MGMT, AUDIT_LOGGING, PHYSICAL_LOCK
}
