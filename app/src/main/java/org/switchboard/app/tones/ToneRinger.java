package org.switchboard.app.tones;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.incoming.Ringer;
import org.switchboard.core.Subscription;
import org.switchboard.core.media.CallTone;
import org.switchboard.core.media.TonePlayer;

/**
 * Rings through the {@link TonePlayer}: {@link CallTone#RINGTONE} from start to stop, on the ringer
 * devices the routing chose. JavaFX application thread, as {@link Ringer} says.
 */
public final class ToneRinger implements Ringer {
  private final TonePlayer tones;
  private @Nullable Subscription ringing;

  public ToneRinger(TonePlayer tones) {
    this.tones = Objects.requireNonNull(tones, "tones");
  }

  @Override
  public void start() {
    if (ringing == null) {
      ringing = tones.play(CallTone.RINGTONE);
    }
  }

  @Override
  public void stop() {
    Subscription s = ringing;
    ringing = null;
    if (s != null) {
      s.close();
    }
  }
}
