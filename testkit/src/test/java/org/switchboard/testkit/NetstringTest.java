package org.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NetstringTest {
  @Test
  void encodesLengthColonPayloadComma() {
    assertThat(new String(Netstring.encode(bytes("{\"a\":1}")), StandardCharsets.UTF_8))
        .isEqualTo("7:{\"a\":1},");
  }

  @Test
  void readsFramesOneAfterAnotherThenNullAtTheEnd() throws IOException {
    ByteArrayInputStream in = new ByteArrayInputStream(bytes("3:abc,0:,4:h\u00e9l,"));

    assertThat(Netstring.read(in)).isEqualTo(bytes("abc"));
    assertThat(Netstring.read(in)).isEmpty();
    assertThat(Netstring.read(in)).isEqualTo(bytes("h\u00e9l"));
    assertThat(Netstring.read(in)).isNull();
  }

  @Test
  void refusesWhatIsNotANetstring() {
    assertThatThrownBy(() -> Netstring.read(input("x:abc,")))
        .hasMessageContaining("not a netstring");
    assertThatThrownBy(() -> Netstring.read(input(":abc,"))).hasMessageContaining("missing");
    assertThatThrownBy(() -> Netstring.read(input("3:abc;"))).hasMessageContaining("','");
    assertThatThrownBy(() -> Netstring.read(input("99999999:")))
        .hasMessageContaining("not a netstring");
    assertThatThrownBy(() -> Netstring.read(input("5:abc"))).isInstanceOf(EOFException.class);
  }

  private static ByteArrayInputStream input(String s) {
    return new ByteArrayInputStream(bytes(s));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
