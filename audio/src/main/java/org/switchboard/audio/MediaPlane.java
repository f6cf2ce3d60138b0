package org.switchboard.audio;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.switchboard.audio.internal.plane.PlaneMediaIo;
import org.switchboard.audio.internal.plane.Program;
import org.switchboard.audio.internal.runtime.CallbackThread;
import org.switchboard.audio.internal.wav.Clip;
import org.switchboard.core.call.CallId;
import org.switchboard.core.media.MediaEngine;

/**
 * Media for a server that handles many calls at once (the queue service): the RTP engine, plus per
 * call leg a program it plays — silence, prompts once, a music loop, or the audio of another leg (a
 * bridge) — and an optional stereo recording. Programs switch at the next 20 ms frame.
 *
 * <p>Thread-safe: every method may be called from any thread. Files are read on the caller's thread
 * (and cached), never on the media thread. Callbacks run on {@code switchboard-audio-events}.
 */
public final class MediaPlane implements AutoCloseable {
  private final RtpMediaEngine engine;
  private final PlaneMediaIo io;
  private final CallbackThread events;
  private final ConcurrentMap<Path, Clip> clips = new ConcurrentHashMap<>();

  private MediaPlane(RtpMediaEngine engine, PlaneMediaIo io, CallbackThread events) {
    this.engine = engine;
    this.io = io;
    this.events = events;
  }

  /**
   * Starts the engine on {@code localAddress}, RTP ports {@code rtpPortMin}-{@code rtpPortMax}.
   *
   * @throws org.switchboard.core.media.MediaException when the address is not one of this host's
   */
  public static MediaPlane start(String localAddress, int rtpPortMin, int rtpPortMax) {
    CallbackThread events = new CallbackThread();
    PlaneMediaIo io = new PlaneMediaIo(events);
    return new MediaPlane(
        RtpMediaEngine.start(localAddress, rtpPortMin, rtpPortMax, io), io, events);
  }

  /** The engine to give the SIP user agent: it opens every call's media. */
  public MediaEngine engine() {
    return engine;
  }

  /**
   * Plays {@code prompts} once into {@code call}, then silence; {@code finished} runs when the last
   * one has been sent (not if another program replaces them first).
   *
   * @throws org.switchboard.core.media.MediaException naming a file that cannot be played
   */
  public void play(CallId call, List<Path> prompts, Runnable finished) {
    List<Clip> loaded = prompts.stream().map(this::clip).toList();
    io.setProgram(call, new Program.Prompts(loaded, finished));
  }

  /** Plays {@code music} into {@code call} in a loop (music on hold). */
  public void loop(CallId call, Path music) {
    io.setProgram(call, new Program.Loop(clip(music)));
  }

  /** Sends silence into {@code call}. */
  public void silence(CallId call) {
    io.setProgram(call, new Program.Silence());
  }

  /** Bridges two legs: each hears what the other's caller says. */
  public void bridge(CallId first, CallId second) {
    io.setProgram(first, new Program.Hear(second));
    io.setProgram(second, new Program.Hear(first));
  }

  /** {@code listener} hears what {@code call}'s caller says (one way). */
  public void hear(CallId listener, CallId call) {
    io.setProgram(listener, new Program.Hear(call));
  }

  /**
   * Records {@code call} in stereo to {@code file} (left what its caller heard, right what its
   * caller said) from when its media starts; set it before answering. The file appears under its
   * name when complete.
   */
  public void recordTo(CallId call, Path file) {
    io.recordTo(call, file);
  }

  /** Forgets {@code call}'s plan after it ended. */
  public void forget(CallId call) {
    io.forget(call);
  }

  private Clip clip(Path file) {
    return clips.computeIfAbsent(file.toAbsolutePath().normalize(), Clip::load);
  }

  /** Stops the engine and its threads. Idempotent. */
  @Override
  public void close() {
    engine.close();
    events.close();
  }
}
