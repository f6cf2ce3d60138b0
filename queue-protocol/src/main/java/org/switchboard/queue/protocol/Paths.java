package org.switchboard.queue.protocol;

/** The service's endpoints, relative to its base URL. {@code {x}} marks a path parameter. */
public final class Paths {
  /** Every path starts with this; a breaking change gets a new version. */
  public static final String BASE = "/api/v1";

  /** POST: sign in with user and password, get a bearer token. DELETE (…/current): sign out. */
  public static final String SESSIONS = BASE + "/sessions";

  /** GET: everything the caller's role may see, with the event sequence it is valid at. */
  public static final String SNAPSHOT = BASE + "/snapshot";

  /** GET: one agent's state. */
  public static final String AGENT = BASE + "/agents/{agent}";

  /** POST: log in to queues. */
  public static final String AGENT_LOGIN = AGENT + "/login";

  /** POST: log out of every queue. */
  public static final String AGENT_LOGOUT = AGENT + "/logout";

  /** PUT: change presence (queued as next presence during a call or wrap-up). */
  public static final String AGENT_PRESENCE = AGENT + "/presence";

  /** POST: accept an offer (answering the service's INVITE does the same). */
  public static final String OFFER_ACCEPT = BASE + "/offers/{offer}/accept";

  /** POST: reject an offer; the call goes back to the head of its queue. */
  public static final String OFFER_REJECT = BASE + "/offers/{offer}/reject";

  /** GET: one interaction, with its attached data, notes and timestamps. */
  public static final String INTERACTION = BASE + "/interactions/{interaction}";

  /** POST: add a note the next agent will see. */
  public static final String INTERACTION_NOTES = INTERACTION + "/notes";

  /** POST: finish wrap-up with a disposition, notes and tags. */
  public static final String INTERACTION_WRAP_UP = INTERACTION + "/wrap-up";

  /** POST: transfer to an agent, a queue or a number, blind or consult. */
  public static final String INTERACTION_TRANSFER = INTERACTION + "/transfer";

  /** POST: complete or cancel a consult transfer. */
  public static final String INTERACTION_TRANSFER_COMPLETE = INTERACTION_TRANSFER + "/complete";

  /** POST: cancel a consult transfer; the customer comes back to the first agent. */
  public static final String INTERACTION_TRANSFER_CANCEL = INTERACTION_TRANSFER + "/cancel";

  /** GET: live figures of every queue (supervisor). */
  public static final String QUEUE_FIGURES = BASE + "/queues/figures";

  /** POST: reload the configuration file (admin); refused with the file's errors when invalid. */
  public static final String CONFIG_RELOAD = BASE + "/config/reload";

  /** The WebSocket: one per client, sequenced events (see {@link Event}). */
  public static final String EVENTS = BASE + "/events";

  private Paths() {}

  /** {@code template} with each {@code {x}} replaced, in order, by {@code values}. */
  public static String fill(String template, String... values) {
    String path = template;
    for (String value : values) {
      int open = path.indexOf('{');
      int close = path.indexOf('}', open);
      if (open < 0 || close < 0) {
        throw new IllegalArgumentException("too many values for " + template);
      }
      path = path.substring(0, open) + encode(value) + path.substring(close + 1);
    }
    if (path.indexOf('{') >= 0) {
      throw new IllegalArgumentException("too few values for " + template);
    }
    return path;
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }
}
