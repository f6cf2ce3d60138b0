/** The generic REST connector: URL templates, JSON-pointer mappings, Idempotency-Key logging. */
@NullMarked
package org.switchboard.crm.internal.rest;

import org.jspecify.annotations.NullMarked;
