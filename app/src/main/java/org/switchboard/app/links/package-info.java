/**
 * Click-to-dial: {@link org.switchboard.app.links.DialLink} parses {@code tel:}, {@code callto:}
 * and {@code sip:}/{@code sips:} links (untrusted input), and {@link
 * org.switchboard.app.links.SingleInstance} lets a second start of the desktop hand its link to the
 * one already running.
 */
@NullMarked
package org.switchboard.app.links;

import org.jspecify.annotations.NullMarked;
