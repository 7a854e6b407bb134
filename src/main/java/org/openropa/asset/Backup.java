package org.openropa.asset;

import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** How the asset is backed up and when a restore was last tested (Article 32(1)(c)). */
public record Backup(
        BackupFrequency frequency,
        @Size(max = 500) String location,
        LocalDate lastRestoreTestDate) {
}
