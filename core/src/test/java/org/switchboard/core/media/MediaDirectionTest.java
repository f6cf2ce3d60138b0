package org.switchboard.core.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaDirectionTest {
  @Test
  void holdDirectionsAnswerEachOther() {
    assertThat(MediaDirection.SENDONLY.reverse()).isEqualTo(MediaDirection.RECVONLY);
    assertThat(MediaDirection.INACTIVE.reverse()).isEqualTo(MediaDirection.INACTIVE);
    assertThat(MediaDirection.SENDONLY.sends()).isTrue();
    assertThat(MediaDirection.SENDONLY.receives()).isFalse();
  }
}
