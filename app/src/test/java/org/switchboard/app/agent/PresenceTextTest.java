package org.switchboard.app.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.switchboard.app.i18n.Language;
import org.switchboard.core.agent.NotReadyReason;
import org.switchboard.core.agent.Presence;

class PresenceTextTest {
  @Test
  void wellKnownReasonsAreTranslatedAndOthersShowTheServicesLabel() {
    NotReadyReason lunch = new NotReadyReason("LUNCH", "Lunch");
    NotReadyReason coaching = new NotReadyReason("COACHING", "Coaching with Sara");
    assertThat(PresenceText.reason(lunch, Language.PERSIAN)).isEqualTo("ناهار");
    assertThat(PresenceText.reason(lunch, Language.RUSSIAN)).isEqualTo("Обед");
    assertThat(PresenceText.reason(coaching, Language.PERSIAN)).isEqualTo("Coaching with Sara");
    assertThat(PresenceText.of(Presence.notReady(lunch), Language.ARABIC)).contains("غداء");
  }
}
