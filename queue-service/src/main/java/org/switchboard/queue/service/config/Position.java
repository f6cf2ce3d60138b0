package org.switchboard.queue.service.config;

import com.fasterxml.jackson.core.JsonLocation;

/**
 * Where something stands in the configuration file.
 *
 * @param line from 1
 * @param column from 1
 */
record Position(int line, int column) implements Comparable<Position> {
  /** The start of the file, for problems of a file with nothing in it. */
  static final Position START = new Position(1, 1);

  static Position of(JsonLocation location) {
    return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }

  @Override
  public int compareTo(Position other) {
    return line != other.line
        ? Integer.compare(line, other.line)
        : Integer.compare(column, other.column);
  }
}
