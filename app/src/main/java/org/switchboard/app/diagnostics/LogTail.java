package org.switchboard.app.diagnostics;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The end of a text file, at most a given number of bytes: a log's newest lines. A cut start is
 * moved to the next whole line and said at the top. Blocking file I/O.
 */
final class LogTail {
  private LogTail() {}

  /** The file's text, or its last {@code maxBytes} bytes (to a line start) when it is longer. */
  static String read(Path file, int maxBytes) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      long start = Math.max(0, size - maxBytes);
      ByteBuffer bytes = ByteBuffer.allocate((int) (size - start));
      while (bytes.hasRemaining() && channel.read(bytes, start + bytes.position()) > 0) {
        // read on until the buffer is full or the file ends (it may shrink while we read)
      }
      String text = new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8);
      if (start == 0) {
        return text;
      }
      return "[… older lines left out: the first "
          + start
          + " bytes and the line they cut …]\n"
          + text.substring(text.indexOf('\n') + 1);
    }
  }
}
