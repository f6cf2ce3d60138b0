package org.switchboard.sip;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The shared SIP torture corpus ({@code ../shared/corpus/sip-torture} beside the repository): the
 * RFC 4475 messages and the RFC 5118 ones in wire form, each with the handling {@code expected.tsv}
 * names for it. Files are read as bytes, never as text.
 */
final class TortureCorpus {
  /** One corpus message and the row of {@code expected.tsv} that describes it. */
  record Case(String name, String verdict, String handling, byte[] bytes) {
    boolean isResponse() {
      return new String(bytes, 0, Math.min(8, bytes.length), StandardCharsets.ISO_8859_1)
          .startsWith("SIP/");
    }

    @Override
    public String toString() {
      return name + " (" + verdict + ", expected: " + handling + ")";
    }
  }

  private TortureCorpus() {}

  /** The corpus directory, or an error saying where it was looked for. */
  static Path directory() {
    Path here = Path.of("").toAbsolutePath();
    // Tests run in the module's directory, one below the repository's.
    Path repository =
        Files.isRegularFile(here.resolve("mvnw")) ? here : Objects.requireNonNull(here.getParent());
    Path dir = repository.resolveSibling("shared").resolve("corpus").normalize();
    if (!Files.isRegularFile(dir.resolve("sip-torture/expected.tsv"))) {
      throw new IllegalStateException(
          "The shared SIP corpus is missing: expected "
              + dir
              + " (../shared/corpus from the repository root)");
    }
    return dir;
  }

  /**
   * Every row of {@code expected.tsv}: the 49 RFC 4475 files and the 12 RFC 5118 ones, the latter
   * from {@code rfc5118-crlf-ersip/} (CRLF line ends, as on the wire).
   */
  static List<Case> cases() throws IOException {
    Path torture = directory().resolve("sip-torture");
    List<String> rows = Files.readAllLines(torture.resolve("expected.tsv"), StandardCharsets.UTF_8);
    List<Case> cases = new ArrayList<>();
    for (String row : rows.subList(1, rows.size())) {
      String[] columns = row.split("\t");
      if (columns.length < 5) {
        continue;
      }
      String file = columns[0].replaceFirst("^rfc5118/", "rfc5118-crlf-ersip/");
      cases.add(
          new Case(columns[0], columns[1], columns[4], Files.readAllBytes(torture.resolve(file))));
    }
    return cases;
  }
}
