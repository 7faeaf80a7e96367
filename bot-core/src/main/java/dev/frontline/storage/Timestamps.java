package dev.frontline.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * Instants in {@code timestamp with time zone} columns: written at UTC, read back as
 * instants, the same on H2 and PostgreSQL whatever zone the server runs in.
 */
public final class Timestamps {

	private Timestamps() {
	}

	/** The value to bind for an instant, or null. */
	public static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	/** A column that is never null. */
	public static Instant instant(ResultSet rs, String column) throws SQLException {
		Instant value = nullableInstant(rs, column);
		if (value == null) {
			throw new SQLException(column + " is null");
		}
		return value;
	}

	public static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
