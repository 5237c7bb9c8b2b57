-- An escalation notice, once sent, stays: the runtime role may add notices, never change or remove them.
revoke update, delete, truncate on escalation_notice from ${runtime_role};
