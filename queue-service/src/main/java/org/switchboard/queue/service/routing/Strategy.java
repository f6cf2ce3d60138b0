package org.switchboard.queue.service.routing;

/** How a queue picks among the agents who could take its next call. */
public enum Strategy {
  /** The agent idle the longest since their last call. */
  LONGEST_IDLE,
  /** Agents in turn, starting after the one who got the previous call. */
  ROUND_ROBIN,
  /** The agent who handled the fewest calls. */
  FEWEST_CALLS,
  /** The agent with the least talk time. */
  LEAST_TALK_TIME,
  /** Agents in the queue's configured order: always the first one free. */
  LINEAR,
  /** Any agent, at random. */
  RANDOM,
  /** Every eligible agent is offered the call at once; the first to answer takes it. */
  RING_ALL
}
