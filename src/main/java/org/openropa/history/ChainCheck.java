package org.openropa.history;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of a walk along an organisation's revision chain. */
@Schema(name = "ChainCheck", requiredProperties = {"organisationId", "intact", "checked"})
public record ChainCheck(
        String organisationId,
        @Schema(description = "Whether every revision's hash matches its content and names the hash of the revision before it") boolean intact,
        @Schema(description = "How many revisions were checked") long checked,
        @Schema(description = "The sequence number of the newest revision: the head of the chain") Long headSequence,
        @Schema(description = "The hash at the head of the chain, as exports state it") String headHash,
        @Schema(description = "The first revision that does not match, when the chain is broken") BrokenRevision firstBroken) {

    @Schema(name = "BrokenRevision", requiredProperties = {"sequence", "entryType", "entryId", "revision", "reason"})
    public record BrokenRevision(long sequence, String entryType, String entryId, int revision,
                                 @Schema(description = "HASH_MISMATCH: the stored content is not what was hashed; CHAIN_BROKEN: it does not name the hash before it")
                                 String reason) {
    }
}
