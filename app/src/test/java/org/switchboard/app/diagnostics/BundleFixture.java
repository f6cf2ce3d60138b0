package org.switchboard.app.diagnostics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A desktop's settings and data directories with secrets and customer data planted where a real
 * desktop keeps them, and a reader for the bundles made from them.
 */
final class BundleFixture {
  /** Strings that must never appear in any entry of a bundle. */
  static final List<String> FORBIDDEN =
      List.of(
          "Sup3rS3cret", // SIP password in the settings
          "QTOKEN123", // token in a URL in the settings
          "AK-778899", // CRM apiKey
          "eyJhbGciOi", // bearer token in a header setting and a log
          "CS-445566", // OAuth client secret
          "PROV-TOKEN-1", // token in the provisioning file
          "6629fae49393a05397450978507c4ef1", // SIP digest response
          "hunter2", // password logged by mistake
          "4930123456789", // caller's number
          "30 1234567", // the customer file's number, as written there
          "1234567",
          "anna.schmidt@nordwind.example", // e-mail
          "Anna Schmidt", // customer name
          "Nordwind Logistik", // customer's company
          "bob.customer", // SIP user of a customer
          "Bob Kunde", // display name in a SIP header
          "DRAFTNOTE", // wrap-up draft contents
          "OUTBOXNOTE", // CRM outbox contents
          "HISTORYMARK", // call history contents
          "Delivery window moved"); // customer file contents

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneOffset.UTC);

  final Path settings;
  final Path data;
  final Path provisioning;

  BundleFixture(Path root) throws IOException {
    settings = Files.createDirectories(root.resolve("config"));
    data = Files.createDirectories(root.resolve("data"));
    provisioning = root.resolve("etc").resolve("provisioning.json");
    plantSettings();
    plantLogs();
    plantData();
  }

  DiagnosticsSources sources() {
    return new DiagnosticsSources(settings, data, provisioning, "0.2.0");
  }

  DiagnosticsBundle bundle() {
    return new DiagnosticsBundle(
        sources(),
        CLOCK,
        dir ->
            new SystemFacts(
                "17.0.9",
                "Vendor",
                "/opt/jdk",
                "Linux 6.1 amd64",
                "de-DE",
                "UTF-8",
                2,
                5L * 1024 * 1024 * 1024));
  }

  private void plantSettings() throws IOException {
    write(
        settings.resolve("account.json"),
        "{\"account\": {\"host\": \"pbx.example.com\", \"port\": 5060, \"user\": \"1001\","
            + " \"password\": \"Sup3rS3cret\", \"domain\": \"example.com\"},"
            + " \"queue\": {\"url\": \"https://queue.example.com/?access_token=QTOKEN123\"},"
            + " \"transfers\": [\"+49 30 1234567\"],"
            + " \"hotkeys\": {\"answer\": \"ctrl+shift+A\"},"
            + " \"general\": {\"updates\": \"NOTIFY\"}}");
    write(
        settings.resolve("crm-options.json"),
        "{\"rest\": {\"baseUrl\": \"https://crm.example.com\", \"apiKey\": \"AK-778899\","
            + " \"headers\": {\"Authorization\": \"Bearer eyJhbGciOiJIUzI1NiJ9.e30.x\"}},"
            + " \"oauth\": {\"clientId\": \"switchboard\", \"clientSecret\": \"CS-445566\","
            + " \"tokenEndpoint\": \"https://login.example.com/oauth/token\"}}");
    Files.createDirectories(provisioning.getParent());
    write(
        provisioning,
        "{\"version\": 1, \"settings\": {\"account\": {\"host\": \"pbx.corp.example\"}},"
            + " \"url\": \"https://prov.example.com/switchboard.json\", \"token\": \"PROV-TOKEN-1\"}");
  }

  private void plantLogs() throws IOException {
    Path logs = Files.createDirectories(data.resolve("logs"));
    write(
        logs.resolve("switchboard.log"),
        "2026-11-23 10:00:01.123 INFO  [sip-events] o.s.sip - REGISTER sent to pbx.example.com\n"
            + "Authorization: Digest username=\"1001\", realm=\"pbx\", nonce=\"n1\","
            + " response=\"6629fae49393a05397450978507c4ef1\"\n"
            + "From: \"Bob Kunde\" <sip:bob.customer@example.org>;tag=99\n"
            + "2026-11-23 10:00:02.000 INFO  [desktop-io] o.s.crm - screen pop for +4930123456789"
            + " found Anna Schmidt (anna.schmidt@nordwind.example), company Nordwind Logistik GmbH\n"
            + "2026-11-23 10:00:03.000 WARN  [crm-outbox] o.s.crm - retrying +4930123456789"
            + " with password=hunter2 and Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.x\n");
    write(
        logs.resolve("switchboard.1.log"),
        "2026-11-22 09:00:00.000 INFO  [main] o.s.app - started, calling tel:+49-30-1234567\n");
  }

  private void plantData() throws IOException {
    write(
        data.resolve("history.jsonl"),
        "{\"type\":\"call\",\"call\":\"c1\",\"kind\":\"incoming\",\"uri\":\"sip:+4930123456789@pbx\","
            + "\"name\":\"Anna Schmidt\",\"number\":\"+4930123456789\",\"disposition\":\"HISTORYMARK\"}\n");
    write(
        data.resolve("customers.json"),
        "{\"customers\": [{\"id\": \"c-001\", \"name\": \"Anna Schmidt\", \"company\":"
            + " \"Nordwind Logistik GmbH\", \"phones\": [\"+49 30 1234567\"], \"emails\":"
            + " [\"anna.schmidt@nordwind.example\"], \"interactions\": [{\"notes\":"
            + " \"Delivery window moved\"}]}]}");
    write(data.resolve("drafts").resolve("call-1.json"), "{\"notes\": \"DRAFTNOTE\"}");
    write(data.resolve("outbox").resolve("0a1b2c.json"), "{\"notes\": \"OUTBOXNOTE\"}");
    write(data.resolve("call-log.jsonl"), "{\"notes\": \"OUTBOXNOTE\"}\n");
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** The bundle's entries, name to text, in zip order. */
  static Map<String, String> read(Path zip) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream entriesIn = new ZipInputStream(in)) {
      for (ZipEntry e = entriesIn.getNextEntry(); e != null; e = entriesIn.getNextEntry()) {
        entries.put(e.getName(), new String(entriesIn.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return entries;
  }
}
