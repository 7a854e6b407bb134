package org.openropa.register;

/**
 * A link from one register's entries to another's, declared once by the feature that owns the link. The
 * write path writes it, responses read it, list filters follow it, a delete of a linked entry is refused
 * with 409 naming its users, and history records it, all from this declaration.
 * <p>
 * A table link lives in a link table of (organisation_id, owner, target, [qualifier], position); a column
 * link is a column of the owner's own table holding the target's id.
 *
 * @param owner           the register whose entries hold the link
 * @param target          the register linked to
 * @param table           the link table, or null for a column link
 * @param ownerColumn     the link table's column naming the owner (null for a column link)
 * @param targetColumn    the link table's (or, for a column link, the owner table's) column naming the target
 * @param qualifierColumn a text column that qualifies each link (for example the personal data category a
 *                        retention rule applies to), or null
 */
public record LinkDeclaration(EntryType owner, EntryType target, String table, String ownerColumn, String targetColumn,
                              String qualifierColumn) {

    public static LinkDeclaration table(EntryType owner, EntryType target, String table, String ownerColumn, String targetColumn) {
        return new LinkDeclaration(owner, target, table, ownerColumn, targetColumn, null);
    }

    public static LinkDeclaration column(EntryType owner, EntryType target, String column) {
        return new LinkDeclaration(owner, target, null, null, column, null);
    }

    public LinkDeclaration qualifiedBy(String column) {
        return new LinkDeclaration(owner, target, table, ownerColumn, targetColumn, column);
    }

    public boolean inTable() {
        return table != null;
    }
}
