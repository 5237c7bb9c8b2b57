package io.ticketflow.process.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine's half of "a ticket cannot be deleted": full history, no history cleanup, and every command that
 * deletes or rewrites history, process instances, deployments, comments or the operation log is refused, for every
 * user including administrators and the application itself.
 */
@Component
class RecordKeeping extends AbstractProcessEnginePlugin {

	/** Commands refused by class name, so that a renamed command in a new Camunda version fails a test. */
	static final Set<String> REFUSED = Set.of(
			"org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCmd",
			"org.camunda.bpm.engine.impl.cmd.DeleteProcessInstancesCmd",
			"org.camunda.bpm.engine.impl.cmd.batch.DeleteProcessInstanceBatchCmd",
			"org.camunda.bpm.engine.impl.cmd.DeleteHistoricProcessInstancesCmd",
			"org.camunda.bpm.engine.impl.cmd.batch.DeleteHistoricProcessInstancesBatchCmd",
			"org.camunda.bpm.engine.impl.cmd.DeleteHistoricTaskInstanceCmd",
			"org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstanceCmd",
			"org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstancesByProcessInstanceIdCmd",
			"org.camunda.bpm.engine.impl.cmd.DeleteHistoricCaseInstanceCmd",
			"org.camunda.bpm.engine.impl.cmd.DeleteHistoricCaseInstancesBulkCmd",
			"org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstanceByDefinitionIdCmd",
			"org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstanceByInstanceIdCmd",
			"org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstancesBatchCmd",
			"org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstancesBulkCmd",
			"org.camunda.bpm.engine.impl.batch.history.DeleteHistoricBatchCmd",
			"org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd",
			"org.camunda.bpm.engine.impl.cmd.DeleteProcessDefinitionsByIdsCmd",
			"org.camunda.bpm.engine.impl.cmd.DeleteProcessDefinitionsByKeyCmd",
			"org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd",
			"org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd",
			"org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd",
			"org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd",
			"org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd",
			"org.camunda.bpm.engine.impl.cmd.DeleteUserOperationLogEntryCmd",
			"org.camunda.bpm.engine.impl.SetAnnotationForOperationLog",
			"org.camunda.bpm.engine.impl.cmd.HistoryCleanupCmd",
			"org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricProcessInstancesCmd",
			"org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricDecisionInstancesCmd",
			"org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricBatchesCmd");

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setHistoryLevel(HistoryLevel.HISTORY_LEVEL_FULL);
		configuration.setHistory(HistoryLevel.HISTORY_LEVEL_FULL.getName());
		configuration.setHistoryCleanupEnabled(false);
		configuration.setEnforceHistoryTimeToLive(false);
		configuration.setCustomPreCommandInterceptorsTxRequired(
				withRefusal(configuration.getCustomPreCommandInterceptorsTxRequired()));
		configuration.setCustomPreCommandInterceptorsTxRequiresNew(
				withRefusal(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
	}

	private static List<CommandInterceptor> withRefusal(List<CommandInterceptor> existing) {
		List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
		interceptors.add(new RefuseDeletion());
		return interceptors;
	}

	static final class RefuseDeletion extends CommandInterceptor {

		@Override
		public <T> T execute(Command<T> command) {
			if (REFUSED.contains(command.getClass().getName())) {
				throw new AuthorizationException("The record cannot be deleted or rewritten: "
						+ command.getClass().getSimpleName().replace("Cmd", "") + " is refused for every user.");
			}
			return next.execute(command);
		}
	}
}
