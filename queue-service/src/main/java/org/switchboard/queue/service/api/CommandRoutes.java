package org.switchboard.queue.service.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import org.switchboard.queue.protocol.InteractionView;
import org.switchboard.queue.protocol.Paths;
import org.switchboard.queue.protocol.Requests;
import org.switchboard.queue.protocol.SnapshotView;
import org.switchboard.queue.protocol.WireRole;
import org.switchboard.queue.protocol.WrapUpBody;
import org.switchboard.queue.service.api.IdempotentCommands.Answer;

/**
 * The REST endpoints other than sign-in: each checks the caller's role, then (for a change) runs
 * through {@link IdempotentCommands} into the {@link CentreGateway}. The roles are listed in {@code
 * docs/queue-api.openapi.yaml}. Handlers run on Jetty's request threads.
 */
final class CommandRoutes {
  private static final Set<String> TRANSFER_MODES = Set.of("blind", "consult");
  private static final Set<String> TRANSFER_TARGETS = Set.of("agent", "queue", "number");

  private final CentreGateway centre;
  private final IdempotentCommands once;
  private final EventStream stream;

  CommandRoutes(CentreGateway centre, IdempotentCommands once, EventStream stream) {
    this.centre = centre;
    this.once = once;
    this.stream = stream;
  }

  void register(Javalin app) {
    app.get(Paths.SNAPSHOT, this::snapshot);
    app.get(Paths.AGENT, this::agent);
    app.post(Paths.AGENT_LOGIN, this::login);
    app.post(Paths.AGENT_LOGOUT, this::logout);
    app.put(Paths.AGENT_PRESENCE, this::presence);
    app.post(Paths.OFFER_ACCEPT, ctx -> offer(ctx, true));
    app.post(Paths.OFFER_REJECT, ctx -> offer(ctx, false));
    app.get(Paths.INTERACTION, this::interaction);
    app.post(Paths.INTERACTION_NOTES, this::note);
    app.post(Paths.INTERACTION_WRAP_UP, this::wrapUp);
    app.post(Paths.INTERACTION_TRANSFER, this::transfer);
    app.post(Paths.INTERACTION_TRANSFER_COMPLETE, ctx -> endConsult(ctx, true));
    app.post(Paths.INTERACTION_TRANSFER_CANCEL, ctx -> endConsult(ctx, false));
    app.get(Paths.QUEUE_FIGURES, this::figures);
    app.post(Paths.CONFIG_RELOAD, this::reload);
  }

  private void snapshot(Context ctx) {
    Principal who = Access.principal(ctx);
    SnapshotView all = centre.snapshot(stream::lastSequence);
    ctx.json(Visibility.snapshotFor(who, all));
  }

  private void agent(Context ctx) {
    Principal who = Access.principal(ctx);
    String agent = ctx.pathParam("agent");
    Access.selfOrSupervisor(who, agent);
    ctx.json(centre.agent(agent));
  }

  private void login(Context ctx) {
    Principal who = Access.principal(ctx);
    String agent = ctx.pathParam("agent");
    Access.selfOrSupervisor(who, agent);
    once.run(
        ctx,
        who,
        () -> {
          // An empty body means every queue the agent is a member of.
          List<String> queues =
              ctx.bodyAsBytes().length == 0
                  ? List.of()
                  : Bodies.read(ctx, Requests.Login.class).queues();
          return Answer.ok(centre.login(agent, queues));
        });
  }

  private void logout(Context ctx) {
    Principal who = Access.principal(ctx);
    String agent = ctx.pathParam("agent");
    Access.selfOrSupervisor(who, agent);
    once.run(ctx, who, () -> Answer.ok(centre.logout(agent)));
  }

  private void presence(Context ctx) {
    Principal who = Access.principal(ctx);
    String agent = ctx.pathParam("agent");
    Access.selfOrSupervisor(who, agent);
    Requests.ChangePresence body = Bodies.read(ctx, Requests.ChangePresence.class);
    once.run(
        ctx,
        who,
        () -> Answer.ok(centre.changePresence(agent, body.presence(), body.expectedVersion())));
  }

  private void offer(Context ctx, boolean accept) {
    Principal who = Access.principal(ctx);
    Access.role(who, WireRole.AGENT);
    String offer = ctx.pathParam("offer");
    once.run(
        ctx,
        who,
        () -> {
          if (accept) {
            centre.acceptOffer(offer, who.user());
          } else {
            centre.rejectOffer(offer, who.user());
          }
          return Answer.noContent();
        });
  }

  private void interaction(Context ctx) {
    Principal who = Access.principal(ctx);
    InteractionView found = centre.interaction(ctx.pathParam("interaction"));
    if (!who.seesEveryone() && !handledBy(found, who.user()) && !offeredTo(found, who.user())) {
      throw ApiProblem.forbidden(
          "role supervisor or admin needed to see an interaction this agent did not handle");
    }
    ctx.json(found);
  }

  /** An agent sees the interaction it is being offered: the desktop pops it before answering. */
  private boolean offeredTo(InteractionView interaction, String agent) {
    try {
      return interaction.id().equals(centre.agent(agent).interaction());
    } catch (CentreGateway.Refusal unknownAgent) {
      return false;
    }
  }

  private static boolean handledBy(InteractionView interaction, String agent) {
    return agent.equals(interaction.agent())
        || interaction.legs().stream().anyMatch(l -> agent.equals(l.agent()));
  }

  private void note(Context ctx) {
    Principal who = Access.principal(ctx);
    Requests.AddNote body = Bodies.read(ctx, Requests.AddNote.class);
    once.run(
        ctx,
        who,
        () -> Answer.ok(centre.addNote(ctx.pathParam("interaction"), who.user(), body.text())));
  }

  private void wrapUp(Context ctx) {
    Principal who = Access.principal(ctx);
    Access.role(who, WireRole.AGENT);
    WrapUpBody body = Bodies.read(ctx, WrapUpBody.class);
    once.run(
        ctx, who, () -> Answer.ok(centre.wrapUp(ctx.pathParam("interaction"), who.user(), body)));
  }

  private void transfer(Context ctx) {
    Principal who = Access.principal(ctx);
    Access.role(who, WireRole.AGENT);
    Requests.Transfer body = Bodies.read(ctx, Requests.Transfer.class);
    if (!TRANSFER_MODES.contains(body.mode())) {
      throw ApiProblem.badRequest("invalid field mode: must be blind or consult");
    }
    if (!TRANSFER_TARGETS.contains(body.targetType())) {
      throw ApiProblem.badRequest("invalid field targetType: must be agent, queue or number");
    }
    once.run(
        ctx, who, () -> Answer.ok(centre.transfer(ctx.pathParam("interaction"), who.user(), body)));
  }

  private void endConsult(Context ctx, boolean complete) {
    Principal who = Access.principal(ctx);
    Access.role(who, WireRole.AGENT);
    String interaction = ctx.pathParam("interaction");
    once.run(
        ctx,
        who,
        () ->
            Answer.ok(
                complete
                    ? centre.completeTransfer(interaction, who.user())
                    : centre.cancelTransfer(interaction, who.user())));
  }

  private void figures(Context ctx) {
    Principal who = Access.principal(ctx);
    Access.role(who, WireRole.SUPERVISOR, WireRole.ADMIN);
    ctx.json(centre.figures());
  }

  private void reload(Context ctx) {
    Principal who = Access.principal(ctx);
    Access.role(who, WireRole.ADMIN);
    once.run(ctx, who, () -> Answer.ok(centre.reloadConfiguration()));
  }
}
