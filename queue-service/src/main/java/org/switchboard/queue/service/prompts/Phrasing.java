package org.switchboard.queue.service.prompts;

import java.util.List;

/**
 * How one language orders the recorded words of an announcement. Implementations return prompt
 * names; numbers are said from the language's own number recordings.
 */
interface Phrasing {
  /** "You are caller number N". */
  List<String> callerNumber(int position);

  /** "Your expected wait is about M minutes", M from 1 to the cap. */
  List<String> waitAbout(int minutes);

  /** "Your expected wait is less than one minute". */
  List<String> waitUnderAMinute();

  /** "Your expected wait is more than M minutes". */
  List<String> waitOver(int minutes);

  /** "To leave the queue and be called back, press K". */
  List<String> callbackOffer(char key);

  /** The number {@code n}, 0 to 99, in words. */
  List<String> number(int n);
}
