package org.switchboard.crm.internal.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerDirectory;
import org.switchboard.core.customer.DirectoryException;
import org.switchboard.core.customer.Interaction;
import org.switchboard.core.customer.NewContact;
import org.switchboard.crm.internal.files.AtomicFile;
import org.switchboard.crm.internal.phone.PhoneNormalizer;

/**
 * Customers from a JSON or CSV file (by extension), plus contacts the agents created, kept in a
 * JSON file beside it so the original is never rewritten. Both files are re-read when they change
 * on disk; a file that stops being readable keeps the last good content and is logged. Each
 * customer's history merges the file's interactions with the calls in the local journal.
 */
public final class LocalDirectory implements CustomerDirectory {
  private static final Logger LOG = LoggerFactory.getLogger(LocalDirectory.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int HISTORY = 10;

  private final Path customersFile;
  private final Path createdFile;
  private final PhoneNormalizer normalizer;
  private final LocalJournal journal;
  private @Nullable Snapshot snapshot;

  private record Snapshot(
      @Nullable FileTime customersTime,
      @Nullable FileTime createdTime,
      List<Customer> customers,
      Map<PhoneNumber, List<Customer>> byNumber) {}

  /**
   * @throws CustomerFileFormatException naming the file, place and reason when it cannot be read
   */
  public LocalDirectory(
      Path customersFile, Path createdFile, PhoneNormalizer normalizer, LocalJournal journal)
      throws CustomerFileFormatException {
    this.customersFile = customersFile;
    this.createdFile = createdFile;
    this.normalizer = normalizer;
    this.journal = journal;
    this.snapshot = load();
  }

  @Override
  public String name() {
    return "local";
  }

  @Override
  public List<Customer> findByPhone(PhoneNumber number) throws DirectoryException {
    List<Customer> found = current().byNumber().getOrDefault(number, List.of());
    return found.stream().map(this::withHistory).toList();
  }

  @Override
  public List<Customer> searchByName(String text, int limit) throws DirectoryException {
    String needle = text.strip().toLowerCase(Locale.ROOT);
    if (needle.isEmpty()) {
      return List.of();
    }
    return current().customers().stream()
        .filter(c -> c.name().toLowerCase(Locale.ROOT).contains(needle))
        .limit(limit)
        .map(this::withHistory)
        .toList();
  }

  @Override
  public synchronized Customer createContact(NewContact contact) throws DirectoryException {
    ObjectNode root = readCreated();
    ArrayNode list = root.withArray("customers");
    String id = "new-" + UUID.randomUUID();
    ObjectNode node = list.addObject().put("id", id).put("name", contact.name());
    if (contact.company() != null) {
      node.put("company", contact.company());
    }
    node.putArray("phones").add(contact.phone().value());
    if (contact.email() != null) {
      node.putArray("emails").add(contact.email());
    }
    try {
      AtomicFile.write(createdFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    } catch (IOException e) {
      throw new DirectoryException(
          DirectoryException.Kind.UNAVAILABLE,
          "cannot write " + createdFile + ": " + e.getMessage(),
          null,
          e);
    }
    snapshot = null;
    return current().customers().stream()
        .filter(c -> c.id().value().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new DirectoryException(
                    DirectoryException.Kind.MALFORMED, "created contact vanished"));
  }

  private ObjectNode readCreated() throws DirectoryException {
    if (!Files.exists(createdFile)) {
      ObjectNode root = JSON.createObjectNode();
      root.putArray("customers");
      return root;
    }
    try {
      return (ObjectNode) JSON.readTree(createdFile.toFile());
    } catch (IOException | ClassCastException e) {
      throw new DirectoryException(
          DirectoryException.Kind.MALFORMED,
          createdFile + " is unreadable: " + e.getMessage(),
          null,
          e);
    }
  }

  private Customer withHistory(Customer c) {
    List<PhoneNumber> numbers =
        c.phoneNumbers().stream().map(normalizer::normalise).flatMap(Optional::stream).toList();
    List<Interaction> history = new ArrayList<>(journal.historyOf(c.id(), numbers));
    history.addAll(c.recentInteractions());
    history.sort(Comparator.comparing(Interaction::at).reversed());
    return new Customer(
        c.id(),
        c.name(),
        c.company(),
        c.phoneNumbers(),
        c.emails(),
        c.tags(),
        history.subList(0, Math.min(HISTORY, history.size())),
        c.openItems(),
        c.recordLink());
  }

  private synchronized Snapshot current() throws DirectoryException {
    Snapshot last = snapshot;
    if (last != null
        && Objects.equals(last.customersTime(), time(customersFile))
        && Objects.equals(last.createdTime(), time(createdFile))) {
      return last;
    }
    try {
      snapshot = load();
    } catch (CustomerFileFormatException e) {
      if (last == null) {
        throw new DirectoryException(
            DirectoryException.Kind.MALFORMED, String.valueOf(e.getMessage()), null, e);
      }
      LOG.warn("{}; keeping the customers read before", e.getMessage());
      snapshot =
          new Snapshot(time(customersFile), time(createdFile), last.customers(), last.byNumber());
    }
    return Objects.requireNonNull(snapshot);
  }

  private Snapshot load() throws CustomerFileFormatException {
    FileTime customersTime = time(customersFile);
    FileTime createdTime = time(createdFile);
    List<Customer> customers = new ArrayList<>(read(customersFile));
    if (Files.exists(createdFile)) {
      customers.addAll(read(createdFile));
    }
    Map<PhoneNumber, List<Customer>> byNumber = new HashMap<>();
    for (Customer c : customers) {
      for (String phone : c.phoneNumbers()) {
        normalizer
            .normalise(phone)
            .ifPresent(n -> byNumber.computeIfAbsent(n, k -> new ArrayList<>()).add(c));
      }
    }
    return new Snapshot(customersTime, createdTime, List.copyOf(customers), byNumber);
  }

  private static List<Customer> read(Path file) throws CustomerFileFormatException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new CustomerFileFormatException("cannot read " + file + ": " + e.getMessage(), e);
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".csv") ? CsvCustomers.read(file, bytes) : JsonCustomers.read(file, bytes);
  }

  private static @Nullable FileTime time(Path file) {
    try {
      return Files.exists(file) ? Files.getLastModifiedTime(file) : null;
    } catch (IOException e) {
      return null;
    }
  }
}
