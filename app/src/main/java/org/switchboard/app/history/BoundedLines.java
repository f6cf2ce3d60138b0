package org.switchboard.app.history;

import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Reads lines without ever holding more than {@code max + 1} characters of one: a longer line is
 * returned cut to {@code max + 1} characters (so the caller sees it is too long) and the rest of it
 * is skipped. A damaged file cannot exhaust the memory. Not thread-safe.
 */
final class BoundedLines {
  private final Reader reader;
  private final int max;
  private final char[] buffer = new char[8192];
  private int position;
  private int filled;
  private long number;
  private boolean endedWithoutNewline;

  BoundedLines(Reader reader, int max) {
    this.reader = reader;
    this.max = max;
  }

  /** The next line without its line end ({@code \n}, {@code \r\n}), or null at the end. */
  @Nullable String next() throws IOException {
    StringBuilder line = new StringBuilder();
    boolean any = false;
    while (true) {
      if (position == filled) {
        filled = reader.read(buffer);
        position = 0;
        if (filled <= 0) {
          filled = 0;
          if (!any) {
            return null;
          }
          endedWithoutNewline = true;
          return finish(line);
        }
      }
      char c = buffer[position++];
      any = true;
      if (c == '\n') {
        endedWithoutNewline = false;
        return finish(line);
      }
      if (line.length() <= max) {
        line.append(c);
      }
    }
  }

  private String finish(StringBuilder line) {
    number++;
    int end = line.length();
    if (end > 0 && end <= max && line.charAt(end - 1) == '\r') {
      end--;
    }
    return line.substring(0, end);
  }

  /** The number of the line last returned, from 1. */
  long number() {
    return number;
  }

  /** Whether the text's last line had no line feed (a write cut short). */
  boolean endedWithoutNewline() {
    return endedWithoutNewline;
  }
}
