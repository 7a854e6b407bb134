package org.openropa.asset;


/** Where and by whom the asset is hosted. */
public enum HostingModel {
    ON_PREMISES_COUNCIL_DC, SUPPLIER_HOSTED, PUBLIC_CLOUD_IAAS, SAAS, SHARED_SERVICE_PARTNER, OFFSITE_RECORDS_STORE, OFFICE_FILING
}
