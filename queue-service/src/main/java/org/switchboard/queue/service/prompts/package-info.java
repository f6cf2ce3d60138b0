/**
 * Recorded prompts and music on hold: the library that finds a prompt's audio for a language (the
 * built-in English and Persian recordings, overridden by a site's own), and the composition of
 * spoken announcements (position in queue, expected wait, callback offer) from those recordings.
 * Values and the library are immutable and safe from any thread.
 */
@NullMarked
package org.switchboard.queue.service.prompts;

import org.jspecify.annotations.NullMarked;
