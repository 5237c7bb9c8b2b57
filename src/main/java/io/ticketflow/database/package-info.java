/**
 * The database's two roles on PostgreSQL: the owner, who runs the migrations and creates Camunda's tables, and the
 * runtime role the application runs as, which can read and append the record but never rewrite or delete it.
 */
package io.ticketflow.database;
