package org.switchboard.app.call;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.agent.TransferDirectory;
import org.switchboard.core.agent.TransferTarget;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerDirectory;
import org.switchboard.core.customer.DirectoryException;

/**
 * Transfer targets for a desktop without a queue service: the colleagues and queues named in the
 * settings, then the customer directory's contacts (one target per phone number). A directory that
 * fails leaves the fixed targets; the search never fails.
 */
public final class DirectoryTransferTargets implements TransferDirectory {
  private static final Logger log = LoggerFactory.getLogger(DirectoryTransferTargets.class);
  private static final int CONTACT_LIMIT = 20;

  private final List<TransferTarget> fixed;
  private final CustomerDirectory contacts;
  private final Executor worker;

  /**
   * @param fixed agents and queues to offer first
   * @param contacts searched by name for numbers; called on {@code worker}
   * @param worker where the (blocking) directory search runs
   */
  public DirectoryTransferTargets(
      List<TransferTarget> fixed, CustomerDirectory contacts, Executor worker) {
    this.fixed = List.copyOf(fixed);
    this.contacts = Objects.requireNonNull(contacts, "contacts");
    this.worker = Objects.requireNonNull(worker, "worker");
  }

  @Override
  public CompletableFuture<List<TransferTarget>> search(String text) {
    String needle = text.strip().toLowerCase(Locale.ROOT);
    return CompletableFuture.supplyAsync(() -> find(needle), worker);
  }

  private List<TransferTarget> find(String needle) {
    List<TransferTarget> found = new ArrayList<>();
    for (TransferTarget t : fixed) {
      if (needle.isEmpty()
          || t.name().toLowerCase(Locale.ROOT).contains(needle)
          || t.address().toLowerCase(Locale.ROOT).contains(needle)) {
        found.add(t);
      }
    }
    if (needle.isEmpty()) {
      return found;
    }
    try {
      for (Customer c : contacts.searchByName(needle, CONTACT_LIMIT)) {
        for (String number : c.phoneNumbers()) {
          found.add(
              new TransferTarget(TransferTarget.Kind.NUMBER, c.name(), number, true, c.company()));
        }
      }
    } catch (DirectoryException | RuntimeException e) {
      log.info("transfer search: the {} directory failed: {}", contacts.name(), e.toString());
    }
    return found;
  }
}
