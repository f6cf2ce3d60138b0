/**
 * The API's view of the contact centre ({@link org.switchboard.queue.service.api.CentreGateway})
 * over the real {@link org.switchboard.queue.service.centre.ContactCentre}: commands hop onto the
 * centre's thread, the centre's types become protocol records, and its refusals become statuses.
 */
@NullMarked
package org.switchboard.queue.service.gateway;

import org.jspecify.annotations.NullMarked;
