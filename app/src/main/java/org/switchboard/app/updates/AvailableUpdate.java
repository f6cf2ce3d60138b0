package org.switchboard.app.updates;

import java.net.URI;

/**
 * A version the update feed offers.
 *
 * @param version the offered version
 * @param download where to get it (an {@code https} address)
 * @param notes what is new, short; empty when the feed says nothing
 */
public record AvailableUpdate(Version version, URI download, String notes) {}
