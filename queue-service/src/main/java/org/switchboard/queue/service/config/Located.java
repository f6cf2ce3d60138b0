package org.switchboard.queue.service.config;

/**
 * A value with where the file gives it, kept for checks that look across entries (two entry points
 * sharing a number, an overflow cycle).
 *
 * @param value the value
 * @param at where it stands
 * @param path the setting that gives it, e.g. {@code entryPoints.main.numbers[0]}
 */
record Located(String value, Position at, String path) {}
