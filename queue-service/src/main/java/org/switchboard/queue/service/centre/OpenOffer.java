package org.switchboard.queue.service.centre;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.service.timing.Timers;

/** An offer still open: the agents it still rings and its expiry timer. Centre thread only. */
final class OpenOffer {
  final OfferInfo info;
  final List<String> ringing;
  final LiveLeg leg;
  Timers.@Nullable Timer expiry;

  OpenOffer(OfferInfo info, LiveLeg leg) {
    this.info = info;
    this.leg = leg;
    this.ringing = new ArrayList<>(info.agents());
  }

  String id() {
    return info.id();
  }

  String interaction() {
    return info.interaction().id();
  }
}
