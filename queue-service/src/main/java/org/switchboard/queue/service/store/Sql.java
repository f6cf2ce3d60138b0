package org.switchboard.queue.service.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * Parameter binding and column reading both drivers agree on: instants travel as {@link
 * OffsetDateTime} in UTC, cut to microseconds (PostgreSQL's precision), so what is read equals what
 * was written.
 */
final class Sql {
  /**
   * A null instant for {@link #bind}: a plain null binds as text, which PostgreSQL refuses for a
   * timestamp column.
   */
  static final Object NO_INSTANT = new Object();

  private Sql() {}

  static Instant micros(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  static void setInstant(PreparedStatement statement, int index, @Nullable Instant instant)
      throws SQLException {
    if (instant == null) {
      statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      statement.setObject(index, OffsetDateTime.ofInstant(micros(instant), ZoneOffset.UTC));
    }
  }

  static void setText(PreparedStatement statement, int index, @Nullable String text)
      throws SQLException {
    if (text == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, text);
    }
  }

  static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static Instant requiredInstant(ResultSet row, String column) throws SQLException {
    Instant value = instant(row, column);
    if (value == null) {
      throw new SQLException(column + " is null");
    }
    return value;
  }

  static String requiredText(ResultSet row, String column) throws SQLException {
    String value = row.getString(column);
    if (value == null) {
      throw new SQLException(column + " is null");
    }
    return value;
  }

  /**
   * Binds {@code values} in order: strings, instants, integers, longs, null (as text) or {@link
   * #NO_INSTANT}.
   */
  static void bind(PreparedStatement statement, @Nullable Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      if (value == NO_INSTANT) {
        setInstant(statement, i + 1, null);
      } else if (value instanceof Instant instant) {
        setInstant(statement, i + 1, instant);
      } else if (value instanceof Integer number) {
        statement.setInt(i + 1, number);
      } else if (value instanceof Long number) {
        statement.setLong(i + 1, number);
      } else {
        setText(statement, i + 1, (String) value);
      }
    }
  }

  /** Runs one statement with {@code values} bound; returns the number of rows changed. */
  static int update(Connection c, String sql, @Nullable Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, values);
      return s.executeUpdate();
    }
  }

  /** Whether {@code e} is a unique or primary key violation (SQLSTATE 23505 in both). */
  static boolean isDuplicateKey(SQLException e) {
    return "23505".equals(e.getSQLState());
  }
}
