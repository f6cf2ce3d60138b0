package org.switchboard.app.tones;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.switchboard.core.Subscription;
import org.switchboard.core.media.CallTone;
import org.switchboard.core.media.TonePlayer;

/** Records each tone started and stopped, in order ({@code "start RINGBACK"}, {@code "stop …"}). */
final class RecordingTonePlayer implements TonePlayer {
  final List<String> log = new CopyOnWriteArrayList<>();
  private final List<CallTone> playing = new CopyOnWriteArrayList<>();

  @Override
  public Subscription play(CallTone tone) {
    log.add("start " + tone);
    playing.add(tone);
    boolean[] closed = {false};
    return () -> {
      if (!closed[0]) {
        closed[0] = true;
        playing.remove(tone);
        log.add("stop " + tone);
      }
    };
  }

  /** The tones started and not stopped (single tones stay here: they end by themselves). */
  List<CallTone> playing() {
    return new ArrayList<>(playing);
  }
}
