package org.openropa.register;

/**
 * A register, named once by the feature that owns it: the code revisions record, the table its entries live
 * in (every such table carries organisation_id, id and reference), the column a link shows as its name, and
 * the words messages, paths and operation names use.
 *
 * @param code       the entry type revisions record, e.g. PROCESSING_ACTIVITY
 * @param table      the table of its entries
 * @param nameColumn the column a link to an entry shows beside its reference
 * @param noun       one entry in messages, e.g. "processing activity"
 * @param plural     several entries in messages, e.g. "processing activities"
 * @param collection the path segment of its collection, e.g. processing-activities
 */
public record EntryType(String code, String table, String nameColumn, String noun, String plural, String collection) {

    /** The noun as a type name in operation ids: ProcessingActivity. */
    public String typeName() {
        StringBuilder type = new StringBuilder();
        for (String word : noun.split(" ")) {
            type.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return type.toString();
    }

    /** "a" or "an" before the noun. */
    public String article() {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }
}
