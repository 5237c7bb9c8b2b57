package io.ticketflow.ticket;

public record QueueView(String name, String group, FollowUpPolicy followUpPolicy, String email) {
}
