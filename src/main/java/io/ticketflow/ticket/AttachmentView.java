package io.ticketflow.ticket;

public record AttachmentView(long id, String filename, String contentType, long size) {
}
