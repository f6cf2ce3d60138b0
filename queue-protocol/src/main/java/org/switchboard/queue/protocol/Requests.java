package org.switchboard.queue.protocol;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The bodies of the REST commands. */
public final class Requests {
  private Requests() {}

  /**
   * Sign in.
   *
   * @param user the user id
   * @param password the user's password
   */
  public record SignIn(String user, String password) {
    public SignIn {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
      return "SignIn[user=" + user + ", password=***]";
    }
  }

  /**
   * Log in to queues.
   *
   * @param queues the queues; empty for every queue the agent is a member of
   */
  public record Login(List<String> queues) {
    public Login {
      queues = List.copyOf(queues);
    }
  }

  /**
   * Change presence.
   *
   * @param presence the presence wanted
   * @param expectedVersion the agent version the client last saw; null skips the check
   */
  public record ChangePresence(PresenceView presence, @Nullable Long expectedVersion) {
    public ChangePresence {
      Objects.requireNonNull(presence, "presence");
    }
  }

  /**
   * Add a note.
   *
   * @param text the note
   */
  public record AddNote(String text) {
    public AddNote {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * Transfer the customer.
   *
   * @param mode blind (the agent leaves at once) or consult (the agent stays until complete)
   * @param targetType agent, queue or number
   * @param target the agent id, queue id or phone number
   */
  public record Transfer(String mode, String targetType, String target) {
    public Transfer {
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(targetType, "targetType");
      Objects.requireNonNull(target, "target");
    }
  }
}
