/**
 * The seed's personas and what each may do. The rules live here once; the ticket domain asks them before every
 * change, so they hold for the API, Tasklist and the engine's REST API alike.
 */
package io.ticketflow.rights;
