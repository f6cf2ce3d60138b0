package org.switchboard.app.call;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.text.TextAlignment;
import org.switchboard.app.i18n.Localizer;

/**
 * The twelve-key telephone keypad, used for dialling and for DTMF during a call. It stays
 * left-to-right in every language, as phone keypads do. Each key reports its character; keys are
 * focusable and carry an accessible name ("digit 5", "star", "hash").
 */
public final class Keypad {
  /** The keys in telephone order. */
  public static final String KEYS = "123456789*0#";

  private static final String[] LETTERS = {
    "", "ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ", "", "+", ""
  };

  private final GridPane root = new GridPane();

  /**
   * @param pressed told of each key pressed, on the JavaFX application thread
   */
  public Keypad(Localizer localizer, Consumer<Character> pressed) {
    Objects.requireNonNull(pressed, "pressed");
    root.getStyleClass().add("keypad");
    root.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    root.setHgap(6);
    root.setVgap(6);
    for (int column = 0; column < 3; column++) {
      ColumnConstraints equal = new ColumnConstraints();
      equal.setPercentWidth(100.0 / 3);
      equal.setHgrow(Priority.ALWAYS);
      root.getColumnConstraints().add(equal);
    }
    for (int i = 0; i < KEYS.length(); i++) {
      char key = KEYS.charAt(i);
      Button b = new Button(LETTERS[i].isEmpty() ? String.valueOf(key) : key + "\n" + LETTERS[i]);
      b.getStyleClass().add("keypad-key");
      b.setId("key-" + keyName(key));
      b.setMaxWidth(Double.MAX_VALUE);
      // Every key of a row as tall as the tallest (the ones with letters), the text centred.
      b.setMaxHeight(Double.MAX_VALUE);
      b.setTextAlignment(TextAlignment.CENTER);
      b.setMinWidth(48);
      b.setMinHeight(40);
      b.accessibleTextProperty().bind(localizer.text("keypad.key." + keyName(key)));
      Tooltip tip = new Tooltip();
      tip.textProperty().bind(localizer.text("keypad.key." + keyName(key)));
      b.setTooltip(tip);
      b.setOnAction(e -> pressed.accept(key));
      GridPane.setHgrow(b, Priority.ALWAYS);
      root.add(b, i % 3, i / 3);
    }
  }

  /** The node to place in a layout. */
  public GridPane root() {
    return root;
  }

  /** The id suffix and text-key suffix of a key: the digit, or {@code star} / {@code hash}. */
  static String keyName(char key) {
    if (key == '*') {
      return "star";
    }
    return key == '#' ? "hash" : String.valueOf(key);
  }
}
