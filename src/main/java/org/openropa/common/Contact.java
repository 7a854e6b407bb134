package org.openropa.common;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** A contact block (DPO, representative, information asset owner, ...): a named person or role and how to reach them. */
public record Contact(
        @Size(max = 200) String name,
        @Size(max = 200) String role,
        @Email @Size(max = 254) String email,
        @Size(max = 40) String phone,
        @Valid Address address) {
}
