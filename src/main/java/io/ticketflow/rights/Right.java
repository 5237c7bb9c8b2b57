package io.ticketflow.rights;

/** What a persona may do in the help desk. A user has the rights of every persona whose group they are in. */
public enum Right {

	/** Sees the tickets of every queue; without it, only those of the user's queue groups. */
	SEE_ALL_QUEUES,
	/** Works any ticket given to them, whatever its queue. */
	WORK_ANY_QUEUE,
	/** Works the tickets of their own queue groups. */
	WORK_OWN_QUEUES,
	/** Writes what a customer sees: replies, tickets opened for them, their words taken by phone. */
	WRITE_TO_CUSTOMERS,
	/** Never writes to customers, whatever else they may: the special agents' internal notes only. */
	INTERNAL_NOTES_ONLY,
	/** Their replies to customers wait for a review, unless they may review themselves. */
	REPLIES_REVIEWED,
	/** Reviews trainees' replies. */
	REVIEW,
	/** Routes new tickets. */
	TRIAGE,
	/** Decides authorizations. */
	AUTHORIZE,
	/** Keeps the FAQ. */
	EDIT_FAQ,
	/** Sees the help desk's figures. */
	SEE_FIGURES,
	/** Administers the help desk, and holds every Camunda permission but those that delete the record. */
	ADMINISTER
}
