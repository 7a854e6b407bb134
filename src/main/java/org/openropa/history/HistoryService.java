package org.openropa.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.openropa.common.problem.ApiException;
import org.openropa.register.RegisterOwners;
import org.openropa.register.Revision;
import org.openropa.register.RevisionRepository;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** An organisation's change feed and the check of its revision chain. */
@ApplicationScoped
public class HistoryService {

    private final RevisionRepository revisions;
    private final RegisterOwners owners;

    public HistoryService(RevisionRepository revisions, RegisterOwners owners) {
        this.revisions = revisions;
        this.owners = owners;
    }

    /**
     * The revisions committed after the cursor, in commit order. Each organisation's revisions commit in the order
     * of their sequence numbers (the database holds the organisation's lock from numbering to commit), so resuming
     * after the last number seen skips and repeats nothing.
     */
    @Transactional
    public ChangePage changes(String organisationId, String after, int pageSize) {
        owners.require(organisationId);
        long from = decode(after);
        List<Revision> page = revisions.changes(organisationId, from, pageSize + 1);
        boolean more = page.size() > pageSize;
        List<Revision> items = more ? page.subList(0, pageSize) : page;
        long last = items.isEmpty() ? from : items.get(items.size() - 1).sequence();
        return new ChangePage(items, encode(last), more);
    }

    /** Walks the chain in one streamed statement: each hash against its content, and each link to the hash before. */
    @Transactional
    public ChainCheck verify(String organisationId) {
        owners.require(organisationId);
        long[] checked = {0};
        AtomicReference<ChainCheck.BrokenRevision> broken = new AtomicReference<>();
        try (var rows = revisions.chain(organisationId)) {
            rows.forEach(r -> {
                checked[0]++;
                if (broken.get() == null && (!Boolean.TRUE.equals(r[4]) || !Boolean.TRUE.equals(r[5]))) {
                    broken.set(new ChainCheck.BrokenRevision(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                            ((Number) r[3]).intValue(), Boolean.TRUE.equals(r[4]) ? "CHAIN_BROKEN" : "HASH_MISMATCH"));
                }
            });
        }
        Object[] head = revisions.head(organisationId).orElse(null);
        return new ChainCheck(organisationId, broken.get() == null, checked[0], head == null ? null : ((Number) head[0]).longValue(),
                head == null ? null : (String) head[1], broken.get());
    }

    static String encode(long sequence) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("seq:" + sequence).getBytes(StandardCharsets.UTF_8));
    }

    static long decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            if (raw.startsWith("seq:")) {
                long n = Long.parseLong(raw.substring(4));
                if (n >= 0) {
                    return n;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through
        }
        throw ApiException.invalid("after", "is not a cursor this service issued; start without one to read from the beginning");
    }
}
