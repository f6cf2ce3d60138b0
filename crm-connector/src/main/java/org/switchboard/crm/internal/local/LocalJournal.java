package org.switchboard.crm.internal.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.customer.Interaction;
import org.switchboard.core.journal.CallLogException;
import org.switchboard.core.journal.CallLogWriter;
import org.switchboard.core.journal.CallRecord;
import org.switchboard.crm.internal.files.AtomicFile;
import org.switchboard.crm.internal.files.CallRecordJson;
import org.switchboard.crm.internal.phone.PhoneNormalizer;

/**
 * The local call log: one JSON line per call in a file, idempotent on the record key — a new key is
 * appended (and forced to disk), a key already there is replaced by rewriting the file atomically,
 * so the file never holds two lines for one call. A torn last line (a crash during an append) is
 * dropped on start.
 */
public final class LocalJournal implements CallLogWriter {
  private static final Logger LOG = LoggerFactory.getLogger(LocalJournal.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final PhoneNormalizer normalizer;
  private final Map<String, CallRecord> records = new LinkedHashMap<>();

  public LocalJournal(Path file, PhoneNormalizer normalizer) throws IOException {
    this.file = file;
    this.normalizer = normalizer;
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    if (Files.exists(file)) {
      load();
    }
  }

  private void load() throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        CallRecord record = CallRecordJson.read(JSON.readTree(lines.get(i)));
        records.put(record.key(), record);
      } catch (IOException unreadable) {
        LOG.warn("{} line {} is unreadable and skipped: {}", file, i + 1, unreadable.getMessage());
      }
    }
  }

  @Override
  public String name() {
    return "local";
  }

  @Override
  public synchronized void write(CallRecord record) throws CallLogException {
    try {
      boolean known = records.containsKey(record.key());
      records.put(record.key(), record);
      if (known) {
        AtomicFile.write(file, allLines());
      } else {
        AtomicFile.append(file, line(record));
      }
    } catch (IOException e) {
      records.remove(record.key());
      throw new CallLogException(
          true, "cannot write the local call log " + file + ": " + e.getMessage(), null, e);
    }
  }

  /** Every logged call, oldest first. */
  public synchronized List<CallRecord> records() {
    return List.copyOf(records.values());
  }

  /** The calls logged for {@code customer}, or from or to {@code number}, newest first. */
  public synchronized List<Interaction> historyOf(CustomerId customer, List<PhoneNumber> numbers) {
    List<Interaction> history = new ArrayList<>();
    for (CallRecord r : records.values()) {
      boolean theirs =
          customer.equals(r.customer())
              || numbers.contains(normalizer.normalise(r.customerAddress()).orElse(null));
      if (theirs) {
        history.add(new Interaction(r.start(), r.agent(), r.disposition(), notes(r), "phone"));
      }
    }
    history.sort((a, b) -> b.at().compareTo(a.at()));
    return history;
  }

  private static String notes(CallRecord r) {
    return r.tags().isEmpty() ? r.notes() : r.notes() + " [" + String.join(", ", r.tags()) + "]";
  }

  private byte[] allLines() throws IOException {
    StringBuilder out = new StringBuilder();
    for (CallRecord r : records.values()) {
      out.append(new String(line(r), StandardCharsets.UTF_8));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] line(CallRecord record) throws IOException {
    return (JSON.writeValueAsString(CallRecordJson.write(record)) + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  Optional<CallRecord> find(String key) {
    synchronized (this) {
      return Optional.ofNullable(records.get(key));
    }
  }
}
