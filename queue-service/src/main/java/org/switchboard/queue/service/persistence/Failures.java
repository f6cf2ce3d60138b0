package org.switchboard.queue.service.persistence;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.jspecify.annotations.Nullable;

/** Tells a database that is down or unreachable from a write the database refused. */
final class Failures {
  private Failures() {}

  /**
   * Whether {@code failure} came from the connection to the database (no connection in time, a
   * connection broken or refused, the server shutting down or out of resources): worth retrying
   * until it works. SQL states of class 08 (connection), 53 (resources) and 57P (operator
   * intervention) count, as do the JDBC exception types that say so.
   */
  static boolean unreachable(Throwable failure) {
    for (@Nullable Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientException
          || t instanceof SQLRecoverableException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof IOException) {
        return true;
      }
      if (t instanceof SQLException sql && connectionState(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static boolean connectionState(@Nullable String state) {
    return state != null
        && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P"));
  }
}
