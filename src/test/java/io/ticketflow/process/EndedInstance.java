package io.ticketflow.process;

import org.camunda.bpm.engine.runtime.ProcessInstance;

/** A handle on a finished process instance, for assertions on its history. */
record EndedInstance(String id, String businessKey) implements ProcessInstance {

	@Override
	public String getId() {
		return id;
	}

	@Override
	public String getProcessInstanceId() {
		return id;
	}

	@Override
	public String getRootProcessInstanceId() {
		return id;
	}

	@Override
	public String getBusinessKey() {
		return businessKey;
	}

	@Override
	public String getProcessDefinitionId() {
		return null;
	}

	@Override
	public String getProcessDefinitionKey() {
		return "ticket";
	}

	@Override
	public String getCaseInstanceId() {
		return null;
	}

	@Override
	public boolean isSuspended() {
		return false;
	}

	@Override
	public boolean isEnded() {
		return true;
	}

	@Override
	public String getTenantId() {
		return null;
	}
}
