package org.openropa.register;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One revision of an entry: what changed, when, by whom, the entry after it, and its place in the hash chain. */
@Schema(name = "Revision", requiredProperties = {"sequence", "revision", "entryType", "entryId", "organisationId", "operation", "actor",
        "changedAt", "hash"})
public record Revision(
        @Schema(description = "The organisation's revision number: the order of commits, and the change feed's position") long sequence,
        @Schema(description = "The entry's revision number, from 1") int revision,
        @Schema(examples = "PROCESSING_ACTIVITY") String entryType,
        String entryId,
        String reference,
        String organisationId,
        @Schema(enumeration = {"CREATE", "UPDATE", "DELETE"}, type = SchemaType.STRING) String operation,
        @Schema(description = "Who made the change: the API key (id and name) or the token's subject") String actor,
        Instant changedAt,
        @Schema(description = "The whole entry after the change (absent for a delete)", type = SchemaType.OBJECT) Object entry,
        @Schema(description = "The change as an RFC 6902 JSON Patch from the entry before (from an empty object for a create)",
                type = SchemaType.ARRAY, implementation = Object[].class) Object patch,
        @Schema(description = "SHA-256 over the revision and the previous hash") String hash,
        @Schema(description = "The hash of the organisation's revision before this one") String previousHash) {
}
