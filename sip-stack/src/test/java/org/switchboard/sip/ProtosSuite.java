package org.switchboard.sip;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The PROTOS c07-sip test suite from the shared corpus: 4527 cases, each an INVITE template and a
 * teardown template with placeholders ({@code <To>}, {@code <Call-ID>}, ...) that {@link #fill}
 * replaces. The archive is a gzipped tar of plain files, read here without a library: 512-byte
 * headers, sizes in octal, data padded to 512 bytes.
 */
final class ProtosSuite {
  /** One test case: its number and its two message templates, as bytes. */
  record Case(int number, byte[] invite, byte[] teardown) {}

  /** The values that replace a case's placeholders. */
  record Fill(String to, String from, String address, int localPort, String teardownMethod) {}

  private ProtosSuite() {}

  static Path archive() {
    return TortureCorpus.directory().resolve("sip-fuzz/protos-c07-sip/testcases-all-4527.tar.gz");
  }

  /** Every case in the archive, in case-number order. */
  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(archive()), 65536)) {
      byte[] header = new byte[512];
      while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
        String name = text(header, 0, 100);
        long size = Long.parseLong(text(header, 124, 12).trim(), 8);
        byte[] data = in.readNBytes((int) size);
        in.skipNBytes((512 - size % 512) % 512);
        boolean regularFile = header[156] == '0' || header[156] == 0;
        String base = name.substring(name.lastIndexOf('/') + 1);
        if (regularFile && base.matches("[0-9]+")) {
          cases.add(parse(Integer.parseInt(base), data));
        }
      }
    }
    cases.sort((a, b) -> Integer.compare(a.number(), b.number()));
    return cases;
  }

  private static String text(byte[] bytes, int from, int length) {
    int end = from;
    while (end < from + length && bytes[end] != 0) {
      end++;
    }
    return new String(bytes, from, end - from, StandardCharsets.US_ASCII);
  }

  /** Splits a case file into its two records, {@code <decimal length> SP <bytes>} each. */
  static Case parse(int number, byte[] data) {
    int[] at = {0};
    byte[] invite = record(data, at);
    byte[] teardown = record(data, at);
    return new Case(number, invite, teardown);
  }

  private static byte[] record(byte[] data, int[] at) {
    int i = at[0];
    while (i < data.length && Character.isWhitespace(data[i])) {
      i++;
    }
    int digits = i;
    while (i < data.length && Character.isDigit(data[i])) {
      i++;
    }
    int length = Integer.parseInt(new String(data, digits, i - digits, StandardCharsets.US_ASCII));
    int start = i + 1; // the single space
    int end = Math.min(data.length, start + length);
    at[0] = end;
    return Arrays.copyOfRange(data, start, end);
  }

  /**
   * Fills a template's placeholders as the PROTOS driver did: addresses, a unique branch, Call-ID
   * and CSeq from the case number, and Content-Length counted from the body actually present.
   */
  static byte[] fill(byte[] template, int number, Fill fill) {
    String text = new String(template, StandardCharsets.ISO_8859_1);
    text =
        text.replace("<To>", fill.to())
            .replace("<From>", fill.from())
            .replace("<From-Address>", fill.address())
            .replace("<From-IP>", fill.address())
            .replace("<Local-Port>", Integer.toString(fill.localPort()))
            .replace("<Branch-ID>", String.format("%07d", number))
            .replace("<Call-ID>", "protos-" + number)
            .replace("<CSeq>", Integer.toString(number + 1))
            .replace("<Teardown-Method>", fill.teardownMethod());
    int bodyStart = text.indexOf("\r\n\r\n");
    int body = bodyStart < 0 ? 0 : text.length() - bodyStart - 4;
    text = text.replace("<Content-Length>", Integer.toString(body));
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
