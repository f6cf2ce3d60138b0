package org.switchboard.core.media;

import org.switchboard.core.call.CallQuality;

/**
 * Receives a call's estimated quality from its RTP and RTCP, every few seconds while media flows.
 * Called on a media-events thread; must return quickly.
 */
@FunctionalInterface
public interface QualityListener {
  void onQuality(CallQuality quality);
}
