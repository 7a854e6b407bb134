package org.openropa.access;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, UUID> {

    public Optional<ApiKey> findByPrefix(String prefix) {
        return find("prefix", prefix).firstResultOptional();
    }

    public List<ApiKey> page(int offset, int limit) {
        return find("order by createdAt, id").range(offset, offset + limit - 1).list();
    }

    /** Records a use without a version bump, so an admin's concurrent revoke is never refused over it. */
    public void touch(UUID id, Instant at) {
        getEntityManager().createNativeQuery("update api_key set last_used_at = ?1 where id = ?2 and (last_used_at is null or last_used_at < cast(?1 as timestamptz) - interval '1 minute')")
                .setParameter(1, at).setParameter(2, id).executeUpdate();
    }
}
