/**
 * Test support shared by several modules: the lab's coordinates, a baresip control client, a
 * Kamailio control client and tone analysis. Only ever a test dependency; never shipped.
 */
@NullMarked
package org.switchboard.testkit;

import org.jspecify.annotations.NullMarked;
