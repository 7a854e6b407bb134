package org.openropa.register;

/** A linked entry as a read finds it: the entry and the link's qualifier, if any. */
public record LinkedEntry(EntryLink entry, String qualifier) {
}
