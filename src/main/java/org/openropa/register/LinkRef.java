package org.openropa.register;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A link to another entry of the same organisation, as a request names it: the entry's id or reference
 * as a string, or an object with {@code id} or {@code reference} (so a response's link can be sent back).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "LinkRef", description = "The linked entry's id or reference: a string, or an object with id or reference (an EntryLink from a response is accepted as it is)",
        oneOf = {String.class, EntryLink.class})
public record LinkRef(String id, String reference) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LinkRef of(String key) {
        return new LinkRef(null, key);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public static LinkRef of(@JsonProperty("id") String id, @JsonProperty("reference") String reference) {
        return new LinkRef(id, reference);
    }

    /** A response's link as a request names it. */
    public static LinkRef from(EntryLink link) {
        return link == null ? null : new LinkRef(link.id() == null ? null : link.id().toString(), link.reference());
    }

    /** The key to look the entry up by: the id if given, else the reference. */
    public String key() {
        return id != null && !id.isBlank() ? id : reference;
    }
}
