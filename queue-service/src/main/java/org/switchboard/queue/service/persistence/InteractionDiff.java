package org.switchboard.queue.service.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.service.centre.EndReason;
import org.switchboard.queue.service.centre.Hold;
import org.switchboard.queue.service.centre.Interaction;
import org.switchboard.queue.service.centre.Leg;
import org.switchboard.queue.service.centre.LegOutcome;
import org.switchboard.queue.service.centre.Note;
import org.switchboard.queue.service.centre.WrapUp;
import org.switchboard.queue.service.store.CallbackRequests;
import org.switchboard.queue.service.store.Interactions;
import org.switchboard.queue.service.store.NewInteraction;
import org.switchboard.queue.service.store.WrapUpEntry;

/**
 * The store writes that take an interaction's record from one snapshot to the next: the centre
 * sends whole snapshots, the store takes changes. Leg {@code k} of the centre (from 0) is leg
 * {@code k + 1} of the store. The writes come in the order the store needs them: the record, then
 * per leg its start, answer, holds and end, then notes, the interaction's end, and last the
 * wrap-ups (which come after the agent's part ended).
 */
final class InteractionDiff {
  /** The entry point stored for a call that came straight to a queue (the column needs one). */
  static final String NO_ENTRY_POINT = "";

  private final Interactions interactions;
  private final CallbackRequests callbacks;

  InteractionDiff(Interactions interactions, CallbackRequests callbacks) {
    this.interactions = interactions;
    this.callbacks = callbacks;
  }

  /** The writes from {@code before} (null: not recorded yet) to {@code now}. */
  List<StoreWrite> between(@Nullable Interaction before, Interaction now) {
    List<StoreWrite> writes = new ArrayList<>();
    String id = now.id();
    if (before == null) {
      NewInteraction call =
          new NewInteraction(
              id,
              org.switchboard.queue.service.store.Interaction.VOICE,
              now.ani(),
              now.dnis(),
              Objects.requireNonNullElse(now.entryPoint(), NO_ENTRY_POINT),
              now.attached(),
              now.enqueued());
      writes.add(write("record of " + id, () -> interactions.create(call)));
    } else if (!before.attached().equals(now.attached())) {
      writes.add(
          write("attached data of " + id, () -> interactions.setAttachedData(id, now.attached())));
    }
    List<Leg> old = before == null ? List.of() : before.legs();
    for (int k = 0; k < now.legs().size(); k++) {
      boolean previousOpen = k > 0 && now.legs().get(k - 1).ended() == null;
      legChanges(
          writes, id, k, k < old.size() ? old.get(k) : null, now.legs().get(k), previousOpen);
    }
    List<Note> oldNotes = before == null ? List.of() : before.notes();
    for (Note note :
        now.notes().subList(Math.min(oldNotes.size(), now.notes().size()), now.notes().size())) {
      writes.add(
          write(
              "note on " + id,
              () -> interactions.addNote(id, note.author(), note.text(), note.at())));
    }
    Instant ended = now.ended();
    if (ended != null && (before == null || before.ended() == null)) {
      writes.addAll(end(now, ended));
    }
    for (int k = 0; k < now.legs().size(); k++) {
      wrapUp(writes, id, k < old.size() ? old.get(k) : null, now.legs().get(k));
    }
    return writes;
  }

  private void legChanges(
      List<StoreWrite> writes, String id, int k, @Nullable Leg old, Leg leg, boolean previousOpen) {
    int seq = k + 1;
    if (old == null) {
      if (leg.consult() || previousOpen) {
        // The leg before goes on for now (a consult, or a transfer to an agent who has not
        // answered yet): its own end is written when the centre ends it.
        writes.add(
            write(
                "leg " + seq + " of " + id,
                () -> interactions.addLeg(id, leg.queue(), leg.enqueued())));
      } else {
        writes.add(
            write(
                "leg " + seq + " of " + id,
                () -> interactions.moveTo(id, leg.queue(), null, "requeued", leg.enqueued())));
      }
    }
    String agent = leg.agent();
    Instant answered = leg.answered();
    if (answered != null && agent != null && (old == null || old.answered() == null)) {
      writes.add(write("answer of " + id, () -> interactions.answer(id, agent, answered)));
    }
    holdChanges(writes, id, old == null ? List.of() : old.holds(), leg.holds());
    Instant ended = leg.ended();
    LegOutcome outcome = leg.outcome();
    if (ended != null && outcome != null && (old == null || old.ended() == null)) {
      writes.add(
          write(
              "end of leg " + seq + " of " + id,
              () -> interactions.endLeg(id, seq, legReason(outcome), ended)));
    }
  }

  private void holdChanges(List<StoreWrite> writes, String id, List<Hold> old, List<Hold> now) {
    for (int j = 0; j < now.size(); j++) {
      Hold hold = now.get(j);
      if (j >= old.size()) {
        writes.add(write("hold of " + id, () -> interactions.hold(id, hold.held())));
      }
      Instant resumed = hold.resumed();
      if (resumed != null && (j >= old.size() || old.get(j).resumed() == null)) {
        writes.add(write("resume of " + id, () -> interactions.resume(id, resumed)));
      }
    }
  }

  private List<StoreWrite> end(Interaction now, Instant ended) {
    String id = now.id();
    EndReason reason = Objects.requireNonNullElse(now.endReason(), EndReason.COMPLETED);
    switch (reason) {
      case ABANDONED:
        return List.of(write("abandon of " + id, () -> interactions.abandon(id, ended)));
      case CALLBACK_REQUESTED:
        String number = Objects.requireNonNullElse(now.callbackNumber(), "");
        return List.of(
            write(
                "callback request of " + id,
                () -> callbacks.record(id, number, now.queue(), ended)),
            write(
                "end of " + id,
                () -> interactions.end(id, legReason(LegOutcome.CALLBACK_REQUESTED), ended)));
      case TRANSFERRED_OUT:
        return List.of(
            write(
                "end of " + id,
                () -> interactions.end(id, reason.name().toLowerCase(Locale.ROOT), ended)));
      default:
        return List.of(
            write("end of " + id, () -> interactions.end(id, Interactions.COMPLETED, ended)));
    }
  }

  /**
   * A leg's wrap-up is written once it ended, and again when the agent submits it later (after an
   * optional wrap-up). When it was submitted is not kept: the store has the end only.
   */
  private void wrapUp(List<StoreWrite> writes, String id, @Nullable Leg old, Leg leg) {
    Instant ended = leg.wrapUpEnded();
    String agent = leg.agent();
    if (ended == null || agent == null) {
      return;
    }
    WrapUp submitted = leg.wrapUp();
    boolean changed =
        old == null || !ended.equals(old.wrapUpEnded()) || !Objects.equals(submitted, old.wrapUp());
    if (!changed) {
      return;
    }
    WrapUpEntry entry =
        submitted == null
            ? new WrapUpEntry(null, "", List.of(), ended)
            : new WrapUpEntry(submitted.disposition(), submitted.notes(), submitted.tags(), ended);
    writes.add(
        write("wrap-up of " + id + " by " + agent, () -> interactions.wrapUp(id, agent, entry)));
  }

  /**
   * How a leg's end is stored: the outcome in lower case ({@code overflowed}, {@code cancelled}…).
   */
  static String legReason(LegOutcome outcome) {
    return outcome.name().toLowerCase(Locale.ROOT);
  }

  private static StoreWrite write(String what, Runnable action) {
    return new StoreWrite(what, action);
  }
}
