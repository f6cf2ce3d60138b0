package org.switchboard.audio.internal.pulse;

import java.lang.ref.Reference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jitsi.impl.neomedia.pulseaudio.PA;
import org.switchboard.core.media.MediaException;

/**
 * Reads the server's sinks and sources in one round trip. Monitor sources (a sink's loopback) and
 * the filter devices module-echo-cancel creates (named {@code <master>.echo-cancel}) are left out:
 * neither is a device to offer an agent.
 *
 * <p>One instance per listing; the info callbacks run on libpulse's main-loop thread with its lock
 * held and only copy strings.
 */
final class PulseDeviceList {
  /** Names of the devices module-echo-cancel makes. */
  static final String FILTER_SUFFIX = ".echo-cancel";

  private final List<PulseDeviceInfo> sinks = new ArrayList<>(); // main-loop lock
  private final List<PulseDeviceInfo> sources = new ArrayList<>(); // main-loop lock
  private boolean sinksDone; // main-loop lock
  private boolean sourcesDone; // main-loop lock

  // Held strongly here: the binding keeps only weak references to callbacks.
  private final PA.sink_info_cb_t onSink =
      (c, info, eol) -> {
        if (eol != 0 || info == 0) {
          sinksDone = true;
        } else {
          add(sinks, PA.sink_info_get_name(info), PA.sink_info_get_description(info), true);
        }
      };
  private final PA.source_info_cb_t onSource =
      (c, info, eol) -> {
        if (eol != 0 || info == 0) {
          sourcesDone = true;
        } else if (PA.source_info_get_monitor_of_sink(info) == PA.INVALID_INDEX) {
          add(sources, PA.source_info_get_name(info), PA.source_info_get_description(info), false);
        }
      };

  private PulseDeviceList() {}

  /**
   * The sinks, then the sources, in the server's order.
   *
   * @throws MediaException when the server does not answer within {@code timeout} or the connection
   *     is closed
   */
  static List<PulseDeviceInfo> read(PulseConnection connection, Duration timeout) {
    PulseDeviceList list = new PulseDeviceList();
    long deadline = System.nanoTime() + timeout.toNanos();
    Optional<List<PulseDeviceInfo>> found =
        connection.locked(
            () -> {
              long sinkOp = PA.context_get_sink_info_list(connection.context(), list.onSink);
              long sourceOp = PA.context_get_source_info_list(connection.context(), list.onSource);
              try {
                if (sinkOp == 0
                    || sourceOp == 0
                    || !connection.awaitLocked(
                        () -> list.sinksDone && list.sourcesDone, deadline)) {
                  return Optional.<List<PulseDeviceInfo>>empty();
                }
                List<PulseDeviceInfo> all = new ArrayList<>(list.sinks);
                all.addAll(list.sources);
                return Optional.of(all);
              } finally {
                unref(sinkOp);
                unref(sourceOp);
              }
            },
            Optional.empty());
    Reference.reachabilityFence(list);
    return List.copyOf(
        found.orElseThrow(
            () -> new MediaException(connection.where() + " did not list its devices")));
  }

  private static void unref(long operation) {
    if (operation != 0) {
      PA.operation_unref(operation);
    }
  }

  private static void add(List<PulseDeviceInfo> to, String name, String description, boolean sink) {
    if (name != null && !name.endsWith(FILTER_SUFFIX)) {
      to.add(new PulseDeviceInfo(name, description == null ? name : description, sink));
    }
  }
}
