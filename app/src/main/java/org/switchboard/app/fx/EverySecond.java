package org.switchboard.app.fx;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * The once-a-second tick that timers on screen need (call durations, routing-state timers,
 * countdowns). View models read an injected clock when ticked; the view owns the timeline.
 */
public final class EverySecond {
  private EverySecond() {}

  /**
   * Calls {@code tick} every second while {@code node} is in a scene, and once at once when it is
   * added; a node taken out of the window costs nothing. Called on the JavaFX application thread.
   *
   * @return the timeline, for a view that must stop it earlier
   */
  public static Timeline whileShown(Node node, Runnable tick) {
    Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick.run()));
    ticker.setCycleCount(Animation.INDEFINITE);
    node.sceneProperty()
        .addListener(
            (o, old, scene) -> {
              if (scene == null) {
                ticker.stop();
              } else {
                tick.run();
                ticker.play();
              }
            });
    if (node.getScene() != null) {
      ticker.play();
    }
    return ticker;
  }
}
