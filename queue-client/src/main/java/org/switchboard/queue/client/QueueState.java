package org.switchboard.queue.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.protocol.AgentView;
import org.switchboard.queue.protocol.CatalogueView;
import org.switchboard.queue.protocol.Event;
import org.switchboard.queue.protocol.EventTypes;
import org.switchboard.queue.protocol.InteractionView;
import org.switchboard.queue.protocol.OfferEndedView;
import org.switchboard.queue.protocol.OfferView;
import org.switchboard.queue.protocol.QueueFiguresView;
import org.switchboard.queue.protocol.SnapshotView;

/**
 * What a client knows of the contact centre, built from a snapshot and the events after it: agents,
 * open offers, interactions in progress, queue figures and the catalogue. Immutable: every {@link
 * #apply} returns a new state, so listeners may keep one without copying.
 *
 * @param source the event stream it follows, or null before the first snapshot
 * @param sequence the last sequenced event applied
 * @param catalogue queues, reason codes and dispositions
 * @param agents agents by id
 * @param offers open offers by id
 * @param interactions interactions in progress by id (ended and abandoned ones are dropped)
 * @param figures queue figures by queue id
 */
public record QueueState(
    @Nullable String source,
    long sequence,
    CatalogueView catalogue,
    Map<String, AgentView> agents,
    Map<String, OfferView> offers,
    Map<String, InteractionView> interactions,
    Map<String, QueueFiguresView> figures) {
  public QueueState {
    Objects.requireNonNull(catalogue, "catalogue");
    agents = Map.copyOf(agents);
    offers = Map.copyOf(offers);
    interactions = Map.copyOf(interactions);
    figures = Map.copyOf(figures);
  }

  /** Nothing known yet. */
  public static QueueState empty() {
    return new QueueState(
        null,
        0,
        new CatalogueView(List.of(), List.of(), List.of()),
        Map.of(),
        Map.of(),
        Map.of(),
        Map.of());
  }

  /** The state a snapshot of {@code source} describes. */
  public static QueueState of(String source, SnapshotView snapshot) {
    return new QueueState(
        source,
        snapshot.sequence(),
        snapshot.catalogue(),
        byId(snapshot.agents(), AgentView::id),
        byId(snapshot.offers(), OfferView::id),
        byId(snapshot.interactions(), InteractionView::id),
        byId(snapshot.figures(), QueueFiguresView::queue));
  }

  /**
   * This state with {@code event} applied. Unknown event types only move the sequence on, so a
   * newer service may add events without breaking older desktops.
   */
  public QueueState apply(Event event) {
    long seq = Math.max(sequence, event.sequence());
    String src = source == null ? event.source() : source;
    switch (event.type()) {
      case EventTypes.AGENT_CHANGED:
        AgentView agent = event.dataAs(AgentView.class);
        return new QueueState(
            src, seq, catalogue, with(agents, agent.id(), agent), offers, interactions, figures);
      case EventTypes.OFFER_MADE:
        OfferView offer = event.dataAs(OfferView.class);
        return new QueueState(
            src,
            seq,
            catalogue,
            agents,
            with(offers, offer.id(), offer),
            with(interactions, offer.interaction().id(), offer.interaction()),
            figures);
      case EventTypes.OFFER_ENDED:
        OfferEndedView ended = event.dataAs(OfferEndedView.class);
        return new QueueState(
            src, seq, catalogue, agents, without(offers, ended.id()), interactions, figures);
      case EventTypes.INTERACTION_CHANGED:
        InteractionView i = event.dataAs(InteractionView.class);
        boolean over = i.state().equals("ended") || i.state().equals("abandoned");
        return new QueueState(
            src,
            seq,
            catalogue,
            agents,
            offers,
            over ? without(interactions, i.id()) : with(interactions, i.id(), i),
            figures);
      case EventTypes.QUEUE_FIGURES:
        QueueFiguresView f = event.dataAs(QueueFiguresView.class);
        return new QueueState(
            src, seq, catalogue, agents, offers, interactions, with(figures, f.queue(), f));
      case EventTypes.CATALOGUE_CHANGED:
        return new QueueState(
            src, seq, event.dataAs(CatalogueView.class), agents, offers, interactions, figures);
      default:
        return new QueueState(src, seq, catalogue, agents, offers, interactions, figures);
    }
  }

  /** The agent with {@code id}, if known. */
  public Optional<AgentView> agent(String id) {
    return Optional.ofNullable(agents.get(id));
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    Map<String, T> map = new LinkedHashMap<>();
    items.forEach(item -> map.put(id.apply(item), item));
    return map;
  }

  private static <T> Map<String, T> with(Map<String, T> map, String key, T value) {
    Map<String, T> copy = new LinkedHashMap<>(map);
    copy.put(key, value);
    return copy;
  }

  private static <T> Map<String, T> without(Map<String, T> map, String key) {
    Map<String, T> copy = new LinkedHashMap<>(map);
    copy.remove(key);
    return copy;
  }
}
