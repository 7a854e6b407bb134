package org.openropa.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** An API key: only the hash of the key is stored; the prefix identifies it. */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public Role role;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] organisations;

    public String prefix;

    @Column(name = "key_hash")
    public String keyHash;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Version
    public long version;
}
