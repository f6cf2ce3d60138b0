package org.switchboard.audio.internal.wav;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.switchboard.core.call.CallId;

class CallFileNamesTest {
  @Test
  void replacesThePlaceholderInTheFileName() {
    assertThat(CallFileNames.forCall(Path.of("/rec/call-{call}.wav"), new CallId("42")))
        .isEqualTo(Path.of("/rec/call-42.wav"));
  }

  @Test
  void replacesEveryOccurrence() {
    assertThat(CallFileNames.forCall(Path.of("{call}-{call}.wav"), new CallId("a")))
        .isEqualTo(Path.of("a-a.wav"));
  }

  @Test
  void makesTheIdSafeForAFileName() {
    assertThat(CallFileNames.forCall(Path.of("/rec/{call}.wav"), new CallId("../x y")))
        .isEqualTo(Path.of("/rec/.._x_y.wav"));
  }

  @Test
  void leavesPathsWithoutPlaceholderAndDirectoriesAlone() {
    assertThat(CallFileNames.forCall(Path.of("/rec/fixed.wav"), new CallId("1")))
        .isEqualTo(Path.of("/rec/fixed.wav"));
    assertThat(CallFileNames.forCall(Path.of("/{call}/x.wav"), new CallId("1")))
        .isEqualTo(Path.of("/{call}/x.wav"));
  }
}
