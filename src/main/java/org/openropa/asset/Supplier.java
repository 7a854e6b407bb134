package org.openropa.asset;

import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Who supplies the system, under which contract, until when. */
public record Supplier(
        @Size(max = 200) String name,
        @Size(max = 200) String contractReference,
        LocalDate contractEndDate) {
}
