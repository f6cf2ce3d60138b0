package org.switchboard.sip.internal.registrar;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.switchboard.sip.RegistrarBinding;

/**
 * Every user's contacts with their expiry. Written only on {@code sip-events}; each user's list is
 * immutable and replaced whole, so {@link #current} may read from any thread.
 */
final class Bindings {
  /** Contacts one user may hold at once; a REGISTER that would add more is refused. */
  static final int MAX_PER_USER = 10;

  /** A stored binding with the Call-ID and CSeq that last set it (RFC 3261 section 10.3 step 7). */
  private record Entry(RegistrarBinding binding, String callId, long cseq) {}

  private final Clock clock;
  private final Map<String, List<Entry>> byUser = new ConcurrentHashMap<>();

  Bindings(Clock clock) {
    this.clock = clock;
  }

  /** The unexpired bindings of {@code user}, most recently registered first. Any thread. */
  List<RegistrarBinding> current(String user) {
    Instant now = clock.instant();
    List<RegistrarBinding> live = new ArrayList<>();
    for (Entry e : byUser.getOrDefault(user, List.of())) {
      if (e.binding().expiresAt().isAfter(now)) {
        live.add(e.binding());
      }
    }
    live.sort(Comparator.comparing(RegistrarBinding::registeredAt).reversed());
    return List.copyOf(live);
  }

  /**
   * Applies one REGISTER's changes for {@code user}.
   *
   * @return false when the user would then hold more than {@link #MAX_PER_USER} contacts (nothing
   *     is changed then)
   */
  boolean apply(String user, ContactChanges changes, String callId, long cseq) {
    Instant now = clock.instant();
    List<Entry> next = new ArrayList<>();
    for (Entry e : byUser.getOrDefault(user, List.of())) {
      if (e.binding().expiresAt().isAfter(now) && !changes.removeAll()) {
        next.add(e);
      }
    }
    for (ContactChanges.Change change : changes.changes()) {
      int at = indexOf(next, change.contact());
      if (at >= 0) {
        Entry old = next.get(at);
        if (old.callId().equals(callId) && old.cseq() >= cseq) {
          continue; // an older REGISTER arriving late must not undo a newer one
        }
        next.remove(at);
      }
      if (change.expires() > 0) {
        Instant until = now.plusSeconds(change.expires());
        next.add(new Entry(new RegistrarBinding(user, change.contact(), now, until), callId, cseq));
      }
    }
    if (next.size() > MAX_PER_USER) {
      return false;
    }
    if (next.isEmpty()) {
      byUser.remove(user);
    } else {
      byUser.put(user, List.copyOf(next));
    }
    return true;
  }

  /**
   * Adds a binding saved by an earlier run, unless it has expired or its user registered the same
   * contact since. It carries no Call-ID, so any REGISTER of that contact replaces it.
   *
   * @return whether it was added
   */
  boolean restore(RegistrarBinding saved) {
    if (!saved.expiresAt().isAfter(clock.instant())) {
      return false;
    }
    List<Entry> next = new ArrayList<>(byUser.getOrDefault(saved.user(), List.of()));
    if (indexOf(next, saved.contact()) >= 0 || next.size() >= MAX_PER_USER) {
      return false;
    }
    next.add(new Entry(saved, "", -1));
    byUser.put(saved.user(), List.copyOf(next));
    return true;
  }

  /** Removes expired bindings; returns the users who lost one. */
  Set<String> expire() {
    Instant now = clock.instant();
    Set<String> changed = new TreeSet<>();
    for (Map.Entry<String, List<Entry>> user : byUser.entrySet()) {
      List<Entry> kept = new ArrayList<>();
      for (Entry e : user.getValue()) {
        if (e.binding().expiresAt().isAfter(now)) {
          kept.add(e);
        }
      }
      if (kept.size() != user.getValue().size()) {
        changed.add(user.getKey());
      }
    }
    for (String user : changed) {
      List<Entry> kept = new ArrayList<>();
      for (Entry e : byUser.getOrDefault(user, List.of())) {
        if (e.binding().expiresAt().isAfter(now)) {
          kept.add(e);
        }
      }
      if (kept.isEmpty()) {
        byUser.remove(user);
      } else {
        byUser.put(user, List.copyOf(kept));
      }
    }
    return changed;
  }

  private static int indexOf(List<Entry> entries, String contact) {
    for (int i = 0; i < entries.size(); i++) {
      if (ContactChanges.sameContact(entries.get(i).binding().contact(), contact)) {
        return i;
      }
    }
    return -1;
  }
}
