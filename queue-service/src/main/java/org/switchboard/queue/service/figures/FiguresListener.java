package org.switchboard.queue.service.figures;

/** Receives a queue's new figures; called on the centre's thread, must not block. */
@FunctionalInterface
public interface FiguresListener {
  /** A queue's figures changed. Called on the centre's thread, at most once a second a queue. */
  void onFigures(QueueFigures figures);
}
