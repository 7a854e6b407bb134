package org.openropa.register;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A link to another register entry as responses show it. A request may send it back unchanged, or just the id or reference. */
@Schema(name = "EntryLink", requiredProperties = {"id", "reference"})
public record EntryLink(UUID id, String reference, String name) {
}
