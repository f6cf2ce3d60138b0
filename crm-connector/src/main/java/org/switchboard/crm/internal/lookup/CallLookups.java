package org.switchboard.crm.internal.lookup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.PhoneNumber;

/** The per-call cache: at most {@code capacity} lookups, the least recently used dropped first. */
final class CallLookups {
  private final Map<CallId, CallLookup> byCall;

  CallLookups(int capacity) {
    this.byCall =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<CallId, CallLookup> eldest) {
            boolean full = size() > capacity;
            if (full) {
              eldest.getValue().close();
            }
            return full;
          }
        };
  }

  synchronized CallLookup getOrCreate(CallId call, Function<CallId, CallLookup> create) {
    return byCall.computeIfAbsent(call, create);
  }

  synchronized @Nullable CallLookup remove(CallId call) {
    return byCall.remove(call);
  }

  synchronized List<CallLookup> forNumber(PhoneNumber number) {
    List<CallLookup> matching = new ArrayList<>();
    for (CallLookup lookup : byCall.values()) {
      if (lookup.number().equals(number)) {
        matching.add(lookup);
      }
    }
    return matching;
  }

  synchronized int size() {
    return byCall.size();
  }

  synchronized void closeAll() {
    byCall.values().forEach(CallLookup::close);
    byCall.clear();
  }
}
