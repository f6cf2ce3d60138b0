package org.switchboard.queue.service.calls;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import org.switchboard.audio.MediaPlane;
import org.switchboard.core.call.CallControl;
import org.switchboard.core.call.CallId;
import org.switchboard.queue.service.ivr.IvrCall;
import org.switchboard.queue.service.prompts.PromptAudio;

/** A customer's call as the IVR and the queue's hold see it: prompts and music on the plane. */
final class PlaneCall implements IvrCall {
  private final CallId call;
  private final MediaPlane media;
  private final CallControl sip;
  private final Executor callsThread;
  private final Path promptCache;

  PlaneCall(
      CallId call, MediaPlane media, CallControl sip, Executor callsThread, Path promptCache) {
    this.call = call;
    this.media = media;
    this.sip = sip;
    this.callsThread = callsThread;
    this.promptCache = promptCache;
  }

  @Override
  public void play(List<PromptAudio> prompts, Runnable whenFinished) {
    List<Path> files = prompts.stream().map(p -> p.asFile(promptCache)).toList();
    media.play(call, files, () -> callsThread.execute(whenFinished));
  }

  @Override
  public void loop(PromptAudio music) {
    media.loop(call, music.asFile(promptCache));
  }

  @Override
  public void stopPlaying() {
    media.silence(call);
  }

  @Override
  public void hangUp() {
    sip.hangup(call);
  }
}
